using FeedbackCollector.Core.Ports;

namespace FeedbackCollector.Core.Flow;

public enum SendStatus { Sent, Skipped, Suppressed, Failed }

/// <summary>What a due job did.</summary>
/// <param name="Retry">True when sending failed transiently and the ask was left to be sent again: run the job again later.</param>
/// <param name="Detail">Why it was skipped or failed, for logs (never a token).</param>
public sealed record SendOutcome(SendStatus Status, bool Retry, string? Via = null, string? Detail = null)
{
    /// <summary>For a failure that is final: how telling the owner went (null when nothing was told).</summary>
    public SendResult? OwnerTold { get; init; }

    public static SendOutcome Skip(string why) => new(SendStatus.Skipped, false, null, why);
}
