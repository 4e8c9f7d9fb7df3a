using System.Text;
using FeedbackCollector.Web.Http;

namespace FeedbackCollector.Web.Sms;

/// <summary>
/// POST /sms/twilio, Twilio's inbound-message webhook. The signature is checked against the public URL Twilio was
/// given (public_base_url + /sms/twilio): a request without a valid X-Twilio-Signature is refused (403) and goes
/// nowhere. The answer is an empty TwiML response: we never auto-reply (Twilio itself confirms a STOP).
/// </summary>
internal sealed class TwilioSmsEndpoint(string authToken, Uri publicUrl, ISmsInbox inbox)
{
    private const string EmptyTwiml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response></Response>";

    /// <summary>Caps before any decoding or hashing: Twilio's form is a few dozen fields and a 1,600-character body at most.</summary>
    internal const int MaxFormBytes = 64 * 1024;
    internal const int MaxFields = 200;

    public async Task<WebResponse> HandleAsync(WebRequest request, CancellationToken ct)
    {
        // A 1 MB form of 20,000 fields took most of a second to decode, sort and sign (found by the fuzz suite).
        if (request.Body.Length > MaxFormBytes)
            return WebResponse.Text(413, $"form is over {MaxFormBytes} bytes") with { Outcome = "sms-unparsable" };
        var form = Form(request.Body.Span);
        if (form.Count > MaxFields) return WebResponse.Text(400, $"form has more than {MaxFields} fields") with { Outcome = "sms-unparsable" };
        if (!TwilioSignature.IsValid(authToken, publicUrl.AbsoluteUri, form, request.Header("X-Twilio-Signature")))
            return WebResponse.Text(403, "signature check failed") with { Outcome = "signature_failure" };
        var from = form.FirstOrDefault(p => p.Key == "From").Value;
        if (string.IsNullOrEmpty(from)) return WebResponse.Text(400, "no From") with { Outcome = "sms-unparsable" };
        var outcome = await inbox.AcceptAsync(new InboundSmsMessage(from, form.FirstOrDefault(p => p.Key == "Body").Value ?? "",
            form.FirstOrDefault(p => p.Key == "MessageSid").Value ?? ""), ct);
        return new WebResponse(200, new Dictionary<string, string>(), Encoding.UTF8.GetBytes(EmptyTwiml), "text/xml; charset=utf-8") { Outcome = "sms-" + outcome };
    }

    /// <summary>The form Twilio posts, decoded the way its signature is computed over it; never throws (bad escapes stay as typed).</summary>
    internal static List<KeyValuePair<string, string>> Form(ReadOnlySpan<byte> body) =>
        [.. Encoding.UTF8.GetString(body).Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(p => p.Split('=', 2))
            .Select(p => new KeyValuePair<string, string>(System.Net.WebUtility.UrlDecode(p[0]), System.Net.WebUtility.UrlDecode(p.Length > 1 ? p[1] : "")))];
}
