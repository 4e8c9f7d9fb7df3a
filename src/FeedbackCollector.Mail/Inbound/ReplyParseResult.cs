using FeedbackCollector.Core.Flow;

namespace FeedbackCollector.Mail.Inbound;

public enum AutoReplyKind { None, AutoReply, Bounce, Bulk, Complaint }

/// <summary>Whether a message was sent by a machine, and the header or sign that says so.</summary>
public sealed record AutoReplyVerdict(AutoReplyKind Kind, string? Reason)
{
    public static AutoReplyVerdict Human { get; } = new(AutoReplyKind.None, null);

    public bool IsAutomatic => Kind != AutoReplyKind.None;
}

/// <summary>
/// What a written reply says. <see cref="Ok"/> is false when the bytes could not be read as mail at all
/// (too large, not MIME); the problems name why. Recipients are lower-cased addr-specs from To, Cc,
/// Delivered-To and X-Original-To, so the token in the reply-to local part can be found in any of them.
/// DeliveryFailure is what a delivery report or complaint said, when the message is one.
/// </summary>
public sealed record ReplyParseResult(
    bool Ok,
    IReadOnlyList<string> Recipients,
    string? From,
    string? Subject,
    string? MessageId,
    string NewText,
    AutoReplyVerdict AutoReply,
    IReadOnlyList<string> Problems,
    DeliveryFailure? DeliveryFailure = null)
{
    public static ReplyParseResult Failed(string problem) =>
        new(false, [], null, null, null, "", AutoReplyVerdict.Human, [problem]);
}
