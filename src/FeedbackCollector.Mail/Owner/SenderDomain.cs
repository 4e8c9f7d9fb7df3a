namespace FeedbackCollector.Mail.Owner;

/// <summary>The right-hand side of our own Message-IDs: the sender's domain, so ids are unique per business.</summary>
internal static class SenderDomain
{
    /// <summary>"Kopi &amp; Co &lt;hello@kopi.example&gt;" → "kopi.example"; no domain → "localhost".</summary>
    public static string Of(string fromAddress)
    {
        var at = fromAddress.LastIndexOf('@');
        return at >= 0 ? fromAddress[(at + 1)..].Trim().TrimEnd('>') : "localhost";
    }
}
