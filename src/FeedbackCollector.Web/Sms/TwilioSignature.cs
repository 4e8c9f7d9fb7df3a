using System.Security.Cryptography;
using System.Text;

namespace FeedbackCollector.Web.Sms;

/// <summary>
/// X-Twilio-Signature: base64 HMAC-SHA1, keyed with the account's auth token, over the full URL Twilio called
/// followed by every POST parameter name and value, sorted by name. Compared in constant time.
/// </summary>
public static class TwilioSignature
{
    // Twilio chose HMAC-SHA1 for this header; we verify what they send and choose nothing.
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Security", "CA5350", Justification = "Twilio's signature scheme is HMAC-SHA1")]
    public static string Compute(string authToken, string url, IEnumerable<KeyValuePair<string, string>> form)
    {
        ArgumentNullException.ThrowIfNull(authToken);
        var data = new StringBuilder(url);
        foreach (var (key, value) in form.OrderBy(p => p.Key, StringComparer.Ordinal)) data.Append(key).Append(value);
        return Convert.ToBase64String(HMACSHA1.HashData(Encoding.UTF8.GetBytes(authToken), Encoding.UTF8.GetBytes(data.ToString())));
    }

    public static bool IsValid(string authToken, string url, IEnumerable<KeyValuePair<string, string>> form, string? signature) =>
        !string.IsNullOrEmpty(signature)
        && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Compute(authToken, url, form)), Encoding.ASCII.GetBytes(signature));
}
