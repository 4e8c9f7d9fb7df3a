using System.Security.Cryptography;

namespace FeedbackCollector.Core.Model;

/// <summary>
/// Deterministic ids, so a retried webhook, a re-synced row or a restarted scheduler
/// lands on the same key and collapses into one ask.
/// </summary>
public static class AskId
{
    /// <summary>"a" + 20 lowercase base32 chars of SHA-256(source|sourceId): short, case-insensitive, mail-safe.</summary>
    public static string ForVisit(string source, string sourceId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(source);
        ArgumentException.ThrowIfNullOrWhiteSpace(sourceId);
        var normalized = source.Trim().ToLowerInvariant() + "|" + sourceId.Trim();
        return Hashed('a', normalized);
    }

    /// <summary>Customer id from the contact: the same email or phone always maps to the same customer.</summary>
    public static string ForCustomer(string? email, string? phone)
    {
        var key = !string.IsNullOrWhiteSpace(email)
            ? "e|" + email.Trim().ToLowerInvariant()
            : !string.IsNullOrWhiteSpace(phone)
                ? "p|" + new string(phone.Where(char.IsDigit).ToArray())
                : throw new ArgumentException("A customer needs an email or a phone number.");
        return Hashed('c', key);
    }

    /// <summary>prefix + 20 base32 chars of SHA-256(key), with no string but the id (an import derives two ids per row).</summary>
    private static string Hashed(char prefix, string key)
    {
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        TextHash.Sha256(key, hash);
        Span<char> id = stackalloc char[21];
        id[0] = prefix;
        Base32.EncodeInto(hash, id[1..]);
        return new string(id);
    }
}
