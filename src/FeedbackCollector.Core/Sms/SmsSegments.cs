namespace FeedbackCollector.Core.Sms;

/// <summary>How a text travels as SMS: its encoding, its length in that encoding's units, and how many parts it takes.</summary>
/// <param name="Units">Septets for GSM-7 (an extension character such as € or [ counts two), UTF-16 code units for UCS-2.</param>
public sealed record SmsLength(SmsEncoding Encoding, int Units, int Segments);

public enum SmsEncoding { Gsm7, Ucs2 }

/// <summary>
/// Counts SMS segments (3GPP TS 23.038): a text made only of GSM-7 characters goes as septets, 160 in one
/// message or 153 per part when split; any other character (an emoji, "ō", a curly quote) makes the whole
/// text UCS-2, 70 in one message or 67 per part. A part never splits an escape pair or a surrogate pair.
/// </summary>
public static class SmsSegments
{
    private const string Basic =
        "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
        + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";

    private const string Extension = "^{}\\[~]|€\f";

    public static SmsLength Count(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return IsGsm7(text) ? Gsm7(text) : Ucs2(text);
    }

    public static bool IsGsm7(string text) => text.All(c => Basic.Contains(c, StringComparison.Ordinal) || Extension.Contains(c, StringComparison.Ordinal));

    private static SmsLength Gsm7(string text)
    {
        var units = text.Sum(c => Extension.Contains(c, StringComparison.Ordinal) ? 2 : 1);
        if (units <= 160) return new SmsLength(SmsEncoding.Gsm7, units, units == 0 ? 0 : 1);
        return new SmsLength(SmsEncoding.Gsm7, units, Pack(text.Select(c => Extension.Contains(c, StringComparison.Ordinal) ? 2 : 1), 153));
    }

    private static SmsLength Ucs2(string text)
    {
        if (text.Length <= 70) return new SmsLength(SmsEncoding.Ucs2, text.Length, 1);
        var chars = new List<int>();
        for (var i = 0; i < text.Length; i++)
        {
            var pair = char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]);
            chars.Add(pair ? 2 : 1);
            if (pair) i++;
        }
        return new SmsLength(SmsEncoding.Ucs2, text.Length, Pack(chars, 67));
    }

    // Fills parts of `size` units with characters of 1 or 2 units; one that does not fit starts the next part.
    private static int Pack(IEnumerable<int> widths, int size)
    {
        int parts = 1, used = 0;
        foreach (var w in widths)
        {
            if (used + w > size) { parts++; used = 0; }
            used += w;
        }
        return parts;
    }
}
