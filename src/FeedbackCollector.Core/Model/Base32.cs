namespace FeedbackCollector.Core.Model;

/// <summary>RFC 4648 base32 in lower case without padding: survives case-folding mail systems.</summary>
public static class Base32
{
    private const string Alphabet = "abcdefghijklmnopqrstuvwxyz234567";

    public static string Encode(ReadOnlySpan<byte> data)
    {
        var length = (data.Length * 8 + 4) / 5;
        Span<char> chars = length <= 256 ? stackalloc char[length] : new char[length];
        EncodeInto(data, chars);
        return new string(chars);
    }

    /// <summary>
    /// The first destination.Length characters of <see cref="Encode"/>(data), written without a string per call: the ids
    /// of an import's 100,000 rows are each a prefix of a hash's encoding.
    /// </summary>
    public static void EncodeInto(ReadOnlySpan<byte> data, Span<char> destination)
    {
        int buffer = 0, bits = 0, written = 0;
        foreach (var b in data)
        {
            buffer = (buffer << 8) | b;
            bits += 8;
            while (bits >= 5)
            {
                if (written == destination.Length) return;
                destination[written++] = Alphabet[(buffer >> (bits - 5)) & 31];
                bits -= 5;
            }
        }
        if (bits > 0 && written < destination.Length) destination[written] = Alphabet[(buffer << (5 - bits)) & 31];
    }

    /// <summary>Decodes case-insensitively; returns null on any character outside the alphabet.</summary>
    public static byte[]? TryDecode(string text)
    {
        var output = new List<byte>(text.Length * 5 / 8);
        int buffer = 0, bits = 0;
        foreach (var c in text)
        {
            var index = Alphabet.IndexOf(char.ToLowerInvariant(c), StringComparison.Ordinal);
            if (index < 0) return null;
            buffer = (buffer << 5) | index;
            bits += 5;
            if (bits >= 8)
            {
                output.Add((byte)((buffer >> (bits - 8)) & 0xFF));
                bits -= 8;
            }
        }
        return output.ToArray();
    }
}
