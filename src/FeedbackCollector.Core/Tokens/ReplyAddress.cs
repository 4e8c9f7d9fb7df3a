namespace FeedbackCollector.Core.Tokens;

/// <summary>
/// The unique reply-to address of an ask: "r-{compact token}@{reply domain}". Written and read only here,
/// so the prefix, the length cap and the domain check are the same for the ask email, the local SMTP
/// listener and the SES inbound path.
/// </summary>
public static class ReplyAddress
{
    public const string Prefix = "r-";

    /// <summary>RFC 5321 caps a local part at 64 octets.</summary>
    public const int MaxLocalPart = 64;

    /// <summary>Recipients looked at per message: more is a hostile or broken message.</summary>
    public const int MaxRecipients = 20;

    public static string Format(string compactToken, string replyDomain)
    {
        ArgumentException.ThrowIfNullOrEmpty(compactToken);
        ArgumentException.ThrowIfNullOrEmpty(replyDomain);
        return $"{Prefix}{compactToken}@{replyDomain}";
    }

    /// <summary>
    /// The token of "r-{token}@{replyDomain}" (angle brackets and a trailing dot tolerated, case of the domain
    /// and prefix ignored, case of the token kept: the verifier folds it), or null for any other address.
    /// </summary>
    public static string? TokenOf(string? address, string replyDomain)
    {
        if (string.IsNullOrWhiteSpace(address) || string.IsNullOrEmpty(replyDomain)) return null;
        var trimmed = address.Trim().TrimStart('<').TrimEnd('>');
        var at = trimmed.LastIndexOf('@');
        if (at <= Prefix.Length) return null;
        var domain = trimmed[(at + 1)..].TrimEnd('.');
        var local = trimmed[..at];
        if (!domain.Equals(replyDomain, StringComparison.OrdinalIgnoreCase)) return null;
        if (local.Length > MaxLocalPart || !local.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase)) return null;
        return local[Prefix.Length..];
    }

    /// <summary>The token of the first of the recipients at the reply domain.</summary>
    public static string? FirstToken(IEnumerable<string> recipients, string replyDomain)
    {
        ArgumentNullException.ThrowIfNull(recipients);
        foreach (var address in recipients.Take(MaxRecipients))
        {
            if (TokenOf(address, replyDomain) is { } token) return token;
        }
        return null;
    }
}
