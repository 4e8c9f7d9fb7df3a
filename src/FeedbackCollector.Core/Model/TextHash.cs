using System.Security.Cryptography;
using System.Text;

namespace FeedbackCollector.Core.Model;

/// <summary>SHA-256 of a string's UTF-8 bytes, encoded on the stack: an import derives hashed keys for every row.</summary>
internal static class TextHash
{
    /// <summary>Writes the hash of <paramref name="text"/> into <paramref name="hash"/> (SHA256.HashSizeInBytes long).</summary>
    public static void Sha256(string text, Span<byte> hash)
    {
        var max = Encoding.UTF8.GetMaxByteCount(text.Length);
        Span<byte> utf8 = max <= 1024 ? stackalloc byte[max] : new byte[max];
        SHA256.HashData(utf8[..Encoding.UTF8.GetBytes(text, utf8)], hash);
    }
}
