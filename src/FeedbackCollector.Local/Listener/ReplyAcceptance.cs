using System.Globalization;
using System.Security.Cryptography;

namespace FeedbackCollector.Local.Listener;

/// <summary>What the listener answers to one message.</summary>
public enum ReplyVerdict { Accept, UnknownRecipient, TooLarge, NoRecipients, TooManyRecipients }

/// <summary>
/// The listener's decisions as plain functions over raw inputs, so they are tested without sockets:
/// which recipients we take, whether a message is within the size limit, and the blob key of the raw
/// MIME (date + content hash: the same bytes delivered twice land on the same key).
/// </summary>
public static class ReplyAcceptance
{
    /// <summary>True for "anything@{replyDomain}" (case-insensitive) with a plausible local part.</summary>
    public static bool IsForReplyDomain(string? user, string? host, string replyDomain)
    {
        if (string.IsNullOrWhiteSpace(user) || string.IsNullOrWhiteSpace(host)) return false;
        if (user.Length > 64 || user.Any(c => char.IsWhiteSpace(c) || char.IsControl(c))) return false;
        return string.Equals(host.Trim().TrimEnd('.'), replyDomain.Trim().TrimEnd('.'), StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The verdict for a complete message: recipients already filtered at RCPT, size checked here too.</summary>
    public static ReplyVerdict Judge(long messageBytes, IReadOnlyList<string> recipients, string replyDomain, int maxMessageBytes)
    {
        if (messageBytes > maxMessageBytes) return ReplyVerdict.TooLarge;
        if (recipients.Count == 0) return ReplyVerdict.NoRecipients;
        return recipients.All(r => IsForReplyDomain(UserOf(r), HostOf(r), replyDomain))
            ? ReplyVerdict.Accept
            : ReplyVerdict.UnknownRecipient;
    }

    /// <summary>"yyyy/MM/dd/{first 32 hex of SHA-256}.eml" in UTC.</summary>
    public static string BlobKeyFor(DateTimeOffset receivedAt, ReadOnlySpan<byte> mime)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(mime))[..32];
        return receivedAt.UtcDateTime.ToString("yyyy'/'MM'/'dd", CultureInfo.InvariantCulture) + "/" + hash + ".eml";
    }

    private static string UserOf(string address) => address[..Math.Max(0, address.LastIndexOf('@'))];

    private static string HostOf(string address) => address[(address.LastIndexOf('@') + 1)..];
}
