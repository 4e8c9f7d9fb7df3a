namespace FeedbackCollector.Local.Listener;

/// <summary>The reply listener: 127.0.0.1 by default, mail only for <see cref="ReplyDomain"/>, at most <see cref="MaxMessageBytes"/>.</summary>
public sealed record ReplyListenerOptions(string ReplyDomain, int Port = 2525)
{
    public string Host { get; init; } = "127.0.0.1";

    /// <summary>Announced as SIZE in EHLO and enforced on DATA. Replies are short; 10 MB leaves room for a photo.</summary>
    public int MaxMessageBytes { get; init; } = 10 * 1024 * 1024;

    public string ServerName { get; init; } = "feedback-collector";

    /// <summary>At most this many recipients per message (a reply has one).</summary>
    public int MaxRecipients { get; init; } = 10;
}
