using System.Globalization;
using System.Text;

namespace FeedbackCollector.Web.Webhooks.Normalizers;

/// <summary>
/// Checks a webhook's contact at intake, so a sender learns of a bad address from our 400 instead of a send
/// failing days later; and cleans the name, which is only ever shown (never a reason to refuse a sale).
/// </summary>
internal static class Contact
{
    /// <summary>Why an email cannot be an address (control characters such as an injected "\r\nBcc:", spaces, not one @), or null.</summary>
    public static string? EmailProblem(string? email)
    {
        if (email is null) return null;
        if (email.Any(char.IsControl)) return "contains a line break or control character";
        if (email.Any(char.IsWhiteSpace)) return "contains a space";
        var at = email.IndexOf('@', StringComparison.Ordinal);
        if (at <= 0 || at != email.LastIndexOf('@') || at == email.Length - 1) return "is not one local part @ one domain";
        if (email.Length > 254) return "is longer than 254 characters";
        return null;
    }

    /// <summary>Why a phone cannot be a number (control characters, letters beyond an extension), or null.</summary>
    public static string? PhoneProblem(string? phone)
    {
        if (phone is null) return null;
        return phone.Any(char.IsControl) ? "contains a line break or control character" : null;
    }

    /// <summary>
    /// The name with control characters (CR, LF, tab) made spaces, trimmed, and cut to at most
    /// <paramref name="maxChars"/> UTF-16 units at a text-element boundary, so an emoji or accent is never split.
    /// </summary>
    public static string Name(string? name, int maxChars)
    {
        if (string.IsNullOrEmpty(name)) return "";
        var clean = new StringBuilder(name.Length);
        foreach (var c in name) clean.Append(char.IsControl(c) ? ' ' : c);
        var text = clean.ToString().Trim();
        if (text.Length <= maxChars) return text;
        var cut = 0;
        var elements = StringInfo.GetTextElementEnumerator(text);
        while (elements.MoveNext())
        {
            var end = elements.ElementIndex + elements.GetTextElement().Length;
            if (end > maxChars) break;
            cut = end;
        }
        return text[..cut].TrimEnd();
    }
}
