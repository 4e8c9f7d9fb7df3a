namespace FeedbackCollector.Core.Tokens;

/// <summary>The lower-case base32 alphabet shared by key ids, ids and the compact form.</summary>
internal static class TokenAlphabet
{
    public const string Base32 = "abcdefghijklmnopqrstuvwxyz234567";

    public static int IndexOf(char c) => Base32.IndexOf(c, StringComparison.Ordinal);

    public static bool IsKeyId(string text) => text.Length == 1 && IndexOf(text[0]) >= 0;

    public static bool IsBase32(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (IndexOf(c) < 0) return false;
        }
        return true;
    }

    /// <summary>
    /// Folds only ASCII A-Z. Culture or Unicode folding would map look-alikes such as the Kelvin
    /// sign (U+212A) onto 'k' and let a different string verify as the same token.
    /// </summary>
    public static string FoldAsciiUpper(string text) =>
        string.Create(text.Length, text, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                var c = source[i];
                span[i] = c is >= 'A' and <= 'Z' ? (char)(c + ('a' - 'A')) : c;
            }
        });
}
