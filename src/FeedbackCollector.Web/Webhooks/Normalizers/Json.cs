using System.Globalization;
using System.Text.Json;
using FeedbackCollector.Core.Model;

namespace FeedbackCollector.Web.Webhooks.Normalizers;

/// <summary>Reading untrusted JSON by hand (JsonDocument, no reflection, AOT-safe) with a depth cap and located errors.</summary>
internal static class Json
{
    private static readonly JsonDocumentOptions Options = new() { MaxDepth = 64, CommentHandling = JsonCommentHandling.Disallow };

    public static JsonDocument? Parse(ReadOnlyMemory<byte> body, out string? problem)
    {
        problem = null;
        if (body.IsEmpty)
        {
            problem = "body is empty; expected a JSON object";
            return null;
        }
        try
        {
            var doc = JsonDocument.Parse(body, Options);
            if (doc.RootElement.ValueKind == JsonValueKind.Object) return doc;
            doc.Dispose();
            problem = "body is JSON but not an object";
            return null;
        }
        catch (JsonException ex)
        {
            problem = $"body is not valid JSON (line {(ex.LineNumber ?? 0) + 1}, byte {(ex.BytePositionInLine ?? 0) + 1})";
            return null;
        }
    }

    public static JsonElement? Get(JsonElement element, params string[] path)
    {
        var current = element;
        foreach (var name in path)
        {
            if (current.ValueKind != JsonValueKind.Object || !TryGetProperty(current, name, path, out current)) return null;
        }
        return current.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined ? null : current;
    }

    /// <summary>
    /// TryGetProperty unescapes each key it passes, and throws on a key holding a lone surrogate escape ({"\ud800":1});
    /// that key is a body we cannot read, named as such, not a 500 on every retry (found by the fuzz suite).
    /// </summary>
    private static bool TryGetProperty(JsonElement obj, string name, string[] path, out JsonElement value)
    {
        try
        {
            return obj.TryGetProperty(name, out value);
        }
        catch (InvalidOperationException)
        {
            throw new MalformedFieldException("body", $"has a key that is not valid text (a lone UTF-16 surrogate), met while looking for {string.Join('.', path)}");
        }
    }

    /// <summary>A string, or a number's text (ids arrive as either); null for anything else or blank.</summary>
    public static string? Str(JsonElement element, params string[] path)
    {
        var value = Get(element, path);
        var text = value?.ValueKind switch
        {
            JsonValueKind.String => Text(value.Value, path),
            JsonValueKind.Number => value.Value.GetRawText(),
            _ => null,
        };
        return string.IsNullOrWhiteSpace(text) ? null : text.Trim();
    }

    /// <summary>
    /// The string, or a <see cref="MalformedFieldException"/> naming the field when it cannot be text: a lone
    /// UTF-16 surrogate escape ("\ud800") or raw bytes that are not UTF-8 (JsonDocument checks neither on parse).
    /// </summary>
    private static string? Text(JsonElement value, string[] path)
    {
        try
        {
            return value.GetString();
        }
        catch (InvalidOperationException)
        {
            throw new MalformedFieldException(string.Join('.', path), "is not valid text (a lone UTF-16 surrogate or invalid UTF-8)");
        }
    }

    public static bool True(JsonElement element, params string[] path) => Get(element, path)?.ValueKind == JsonValueKind.True;

    /// <summary>A consent value as text whatever its JSON type (false, "no", 0), for <see cref="Consent.Refuses"/>; null when absent.</summary>
    public static string? ConsentValue(JsonElement element, params string[] path) => Get(element, path)?.ValueKind switch
    {
        JsonValueKind.False => "false",
        JsonValueKind.True => "true",
        _ => Str(element, path),
    };

    /// <summary>
    /// The value of the entry named <paramref name="name"/> in a list of {key, value} pairs (Shopify's note_attributes
    /// {name, value}, WooCommerce's meta_data {key, value}): how those schemes carry a shop's own checkout fields.
    /// </summary>
    public static string? Entry(JsonElement element, string list, string keyField, string name)
    {
        if (Get(element, list) is not { ValueKind: JsonValueKind.Array } entries) return null;
        foreach (var entry in entries.EnumerateArray().Take(100))
        {
            if (entry.ValueKind == JsonValueKind.Object && string.Equals(Str(entry, keyField), name, StringComparison.OrdinalIgnoreCase))
                return ConsentValue(entry, "value");
        }
        return null;
    }

    /// <summary>
    /// A date-time, null when absent or not a date. A date outside 2000–2199 is a <see cref="MalformedFieldException"/>:
    /// no sale happens then, and year 9999 plus a wait overflows every date type downstream.
    /// </summary>
    public static DateTimeOffset? Time(JsonElement element, params string[] path)
    {
        var value = Get(element, path);
        DateTimeOffset? at = null;
        if (value?.ValueKind == JsonValueKind.Number && value.Value.TryGetInt64(out var unix) && unix is > 0 and < 253402300799)
            at = DateTimeOffset.FromUnixTimeSeconds(unix);
        else if (Str(element, path) is { } text && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces, out var parsed))
            at = parsed;
        if (at is { } t && VisitTime.RangeProblem(t) is { } problem)
            throw new MalformedFieldException(string.Join('.', path), problem);
        return at;
    }

    private const int MaxNameChars = 60;

    /// <summary>The visit, or Ignored when there is no way to reach the customer.</summary>
    /// <param name="consent">The scheme's consent field as written; "no" (<see cref="Consent.Refuses"/>) means never ask.</param>
    public static WebhookNormalization VisitOf(string source, string sourceId, string? firstName, string? email,
        string? phone, string visitType, DateTimeOffset endedAt, string? consent = null)
    {
        if (Contact.EmailProblem(email) is { } emailProblem) return WebhookNormalization.Malformed("email " + emailProblem);
        if (Contact.PhoneProblem(phone) is { } phoneProblem) return WebhookNormalization.Malformed("phone " + phoneProblem);
        email = email is not null && email.Contains('@', StringComparison.Ordinal) && email.Length <= 254 ? email : null;
        phone = phone is not null && phone.Any(char.IsDigit) && phone.Length <= 40 ? phone : null;
        if (email is null && phone is null) return WebhookNormalization.Ignore("no customer email or phone in the payload");
        var customer = new Customer(AskId.ForCustomer(email, phone), Contact.Name(firstName, MaxNameChars), email, phone);
        return WebhookNormalization.Of(new Visit(source, sourceId, customer, visitType, endedAt) { ConsentRefused = Consent.Refuses(consent) });
    }

    /// <summary>
    /// A withdrawal of the visit (source, sourceId), or Ignored for a partial refund the options keep. The
    /// customer id comes from the contact when the payload has one, so the ask is read by its key.
    /// </summary>
    public static WebhookNormalization WithdrawalOf(string source, string sourceId, string? email, string? phone, string reason,
        WebhookSchemeOptions options, bool partial = false)
    {
        if (partial && !options.WithdrawOnPartialRefund)
            return WebhookNormalization.Ignore("partial refund (a partial refund does not withdraw the ask unless the setting says so)");
        email = email is not null && Contact.EmailProblem(email) is null && email.Contains('@', StringComparison.Ordinal) && email.Length <= 254 ? email : null;
        phone = phone is not null && Contact.PhoneProblem(phone) is null && phone.Any(char.IsDigit) && phone.Length <= 40 ? phone : null;
        var customerId = email is null && phone is null ? null : AskId.ForCustomer(email, phone);
        return WebhookNormalization.Withdraw(new Withdrawal(source, sourceId, customerId, partial ? "partial " + reason : reason));
    }

    /// <summary>A money amount as a decimal (Shopify sends "209.00", others integers); null when absent or unreadable.</summary>
    public static decimal? Amount(JsonElement element, params string[] path)
    {
        var text = Str(element, path);
        return text is not null && decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var value) ? value : null;
    }

    /// <summary>The first name from a full name ("Jenny Rosen" → "Jenny").</summary>
    public static string FirstWord(string? name)
    {
        var trimmed = name?.Trim() ?? "";
        var space = trimmed.IndexOf(' ', StringComparison.Ordinal);
        return space > 0 ? trimmed[..space] : trimmed;
    }
}
