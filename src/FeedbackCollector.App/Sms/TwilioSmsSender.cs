using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using FeedbackCollector.Core.Ports;
using FeedbackCollector.Core.Sms;

namespace FeedbackCollector.App.Sms;

/// <summary>
/// Twilio's Messages API (POST /2010-04-01/Accounts/{sid}/Messages.json, basic auth). Never throws for a delivery
/// failure: a number Twilio refuses (21211 invalid, 21610 unsubscribed with STOP, 21614 not a mobile, 21408 a
/// region not enabled) and any other 4xx are permanent; 429, 5xx, a timeout and a network error are transient,
/// as is a refused login (401), so fixing the credentials lets the ask go on its next run.
/// </summary>
public sealed class TwilioSmsSender(HttpClient http, TwilioOptions options) : ISmsSender
{
    private const int MaxErrorChars = 300;

    public async Task<SendResult> SendAsync(string phone, string text, CancellationToken ct = default)
    {
        if (!E164.IsValid(phone)) return SendResult.Failed($"not an E.164 number: '{phone}'", transient: false);
        ArgumentNullException.ThrowIfNull(text);
        using var request = new HttpRequestMessage(HttpMethod.Post,
            new Uri(options.ApiBase, $"2010-04-01/Accounts/{Uri.EscapeDataString(options.AccountSid)}/Messages.json"));
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic",
            Convert.ToBase64String(Encoding.UTF8.GetBytes(options.AccountSid + ":" + options.AuthToken)));
        var from = options.From.StartsWith("MG", StringComparison.Ordinal) ? "MessagingServiceSid" : "From";
        request.Content = new FormUrlEncodedContent([new("To", phone), new(from, options.From), new("Body", text)]);
        try
        {
            using var response = await http.SendAsync(request, ct).ConfigureAwait(false);
            var body = await response.Content.ReadAsStringAsync(ct).ConfigureAwait(false);
            var (sid, code, message) = Read(body);
            if (response.IsSuccessStatusCode) return SendResult.Ok(sid);
            var status = (int)response.StatusCode;
            var transient = status is 429 or >= 500 || response.StatusCode == HttpStatusCode.Unauthorized;
            return SendResult.Failed($"Twilio {status}{(code is null ? "" : " error " + code)}: {Clip(message ?? body)}", transient);
        }
        catch (HttpRequestException e)
        {
            return SendResult.Failed("Twilio unreachable: " + e.Message, transient: true);
        }
        catch (TaskCanceledException) when (!ct.IsCancellationRequested)
        {
            return SendResult.Failed("Twilio did not answer before the HTTP timeout", transient: true);
        }
    }

    private static (string? Sid, int? Code, string? Message) Read(string body)
    {
        try
        {
            using var doc = JsonDocument.Parse(body);
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object) return (null, null, null);
            string? Text(string name) => root.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
            int? code = root.TryGetProperty("code", out var c) && c.ValueKind == JsonValueKind.Number ? c.GetInt32() : null;
            return (Text("sid"), code, Text("message"));
        }
        catch (JsonException)
        {
            return (null, null, null);
        }
    }

    private static string Clip(string text) => text.Length > MaxErrorChars ? text[..MaxErrorChars] : text;
}
