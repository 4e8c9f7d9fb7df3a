using System.Security.Cryptography;
using System.Text;

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
        return "a" + Base32.Encode(SHA256.HashData(Encoding.UTF8.GetBytes(normalized)))[..20];
    }

    /// <summary>Customer id from the contact: the same email or phone always maps to the same customer.</summary>
    public static string ForCustomer(string? email, string? phone)
    {
        var key = !string.IsNullOrWhiteSpace(email)
            ? "e|" + email.Trim().ToLowerInvariant()
            : !string.IsNullOrWhiteSpace(phone)
                ? "p|" + new string(phone.Where(char.IsDigit).ToArray())
                : throw new ArgumentException("A customer needs an email or a phone number.");
        return "c" + Base32.Encode(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..20];
    }
}
