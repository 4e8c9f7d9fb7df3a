using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using FeedbackCollector.Core.Ports;

namespace FeedbackCollector.Mail.Owner;

/// <summary>
/// Pings the owner by Slack DM (chat.postMessage, channel = the owner's user id). Customer text is
/// escaped for mrkdwn; only tel:/sms:/mailto: links are included, never a review link. Slack answers
/// HTTP 200 with {"ok":false,"error":"..."} for most failures, so the body decides: rate limits and
/// Slack-side errors are transient, anything else (bad token, unknown user) is permanent.
/// </summary>
public sealed class SlackOwnerNotifier(HttpClient http, SlackOptions options) : IOwnerNotifier
{
    private static readonly HashSet<string> TransientErrors = new(StringComparer.Ordinal)
    {
        "ratelimited", "rate_limited", "internal_error", "fatal_error", "service_unavailable", "request_timeout",
    };

    public async Task<SendResult> NotifyAsync(OwnerPing ping, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(ping);
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(options.ApiBase, "chat.postMessage"))
        {
            Content = new ByteArrayContent(Payload(options.OwnerUserId, FormatMessage(ping))),
        };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", options.BotToken);
        try
        {
            using var response = await http.SendAsync(request, ct);
            var body = await response.Content.ReadAsByteArrayAsync(ct);
            return Interpret(response.StatusCode, body);
        }
        catch (HttpRequestException ex)
        {
            return SendResult.Failed($"slack unreachable: {ex.Message}", transient: true);
        }
        catch (TaskCanceledException ex) when (!ct.IsCancellationRequested)
        {
            return SendResult.Failed($"slack timed out: {ex.Message}", transient: true);
        }
    }

    /// <summary>The mrkdwn text: bold subject, the customer's words, then one-tap contact links.</summary>
    internal static string FormatMessage(OwnerPing ping)
    {
        var sb = new StringBuilder();
        sb.Append('*').Append(SlackText.Escape(ping.Subject)).Append("*\n");
        sb.Append(SlackText.Escape(ping.Text));
        var links = OwnerPingLinks.ContactOnly(ping.ContactLinks);
        if (links.Count > 0)
        {
            sb.Append("\n\n").AppendJoin("  ·  ", links.Select(l => SlackText.Link(l, OwnerPingLinks.Label(l))));
        }
        AppendDecisions(sb, ping.Decisions);
        foreach (var section in ping.Sections)
        {
            sb.Append("\n\n").Append(SlackText.Escape(section.Text));
            AppendDecisions(sb, section.Decisions);
        }
        return sb.ToString();
    }

    private static void AppendDecisions(StringBuilder sb, IReadOnlyList<DecisionLink> decisions)
    {
        var allowed = OwnerPingLinks.DecisionsOnly(decisions);
        if (allowed.Count > 0) sb.Append('\n').AppendJoin("  ·  ", allowed.Select(d => SlackText.Link(d.Url, d.Label)));
    }

    internal static SendResult Interpret(HttpStatusCode status, byte[] body)
    {
        if (status == HttpStatusCode.TooManyRequests) return SendResult.Failed("slack 429: ratelimited", transient: true);
        if ((int)status >= 500) return SendResult.Failed($"slack http {(int)status}", transient: true);
        if (!TryReadOk(body, out var ok, out var error))
        {
            return SendResult.Failed($"slack http {(int)status}: unreadable answer", transient: (int)status >= 500);
        }
        if (ok) return SendResult.Ok("slack");
        return SendResult.Failed($"slack: {error}", TransientErrors.Contains(error));
    }

    private static bool TryReadOk(byte[] body, out bool ok, out string error)
    {
        ok = false;
        error = "unknown_error";
        try
        {
            using var doc = JsonDocument.Parse(body);
            if (doc.RootElement.ValueKind != JsonValueKind.Object
                || !doc.RootElement.TryGetProperty("ok", out var okElement)
                || okElement.ValueKind is not (JsonValueKind.True or JsonValueKind.False)) return false;
            ok = okElement.GetBoolean();
            if (doc.RootElement.TryGetProperty("error", out var e) && e.ValueKind == JsonValueKind.String) error = e.GetString()!;
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static byte[] Payload(string channel, string text)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("channel", channel);
            writer.WriteString("text", text);
            // Link previews could fetch a customer-supplied URL; the owner gets plain text.
            writer.WriteBoolean("unfurl_links", false);
            writer.WriteBoolean("unfurl_media", false);
            writer.WriteEndObject();
        }
        return buffer.ToArray();
    }
}
