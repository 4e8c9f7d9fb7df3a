namespace FeedbackCollector.Mail.Inbound;

/// <summary>Hard caps against hostile or broken mail. Anything over a cap is a problem in the result, never an exception.</summary>
public sealed record ReplyLimits
{
    /// <summary>Whole message; SES accepts up to 40 MB, a reply with a photo fits well under 25 MB.</summary>
    public int MaxBytes { get; init; } = 25 * 1024 * 1024;

    /// <summary>MIME entities visited while looking for the text.</summary>
    public int MaxParts { get; init; } = 200;

    /// <summary>Nesting of multiparts and attached messages.</summary>
    public int MaxDepth { get; init; } = 16;

    /// <summary>Characters of body text examined; longer bodies are cut (a reply's new text sits at the top).</summary>
    public int MaxTextChars { get; init; } = 200_000;

    /// <summary>Characters of extracted new text kept.</summary>
    public int MaxReplyChars { get; init; } = 20_000;

    public static ReplyLimits Default { get; } = new();
}
