using FeedbackCollector.Core.Model;
using FeedbackCollector.Core.Rules;
using FeedbackCollector.Core.Voice;

namespace FeedbackCollector.Core.Flow;

public enum AnswerStatus { Recorded, AlreadyAnswered, InvalidLink, ExpiredLink, InvalidStars }

/// <summary>What the tap page or the SMTP handler shows or logs after an answer.</summary>
/// <param name="Feedback">The answer in force: the new one when Recorded, the first one when AlreadyAnswered.</param>
/// <param name="Detail">Why a link was refused ("tampered", "no such ask"), for logs; never the token itself.</param>
public sealed record AnswerOutcome(AnswerStatus Status, Feedback? Feedback, Ask? Ask, string? Detail = null)
{
    /// <summary>
    /// Review links the thank-you page may show: exactly what the Dispatcher's plan for this bucket sends
    /// (so under "happy-only" never for an unhappy or unclear answer). Empty when nothing was recorded.
    /// </summary>
    public IReadOnlyList<ReviewLink> PageReviewLinks { get; init; } = [];

    /// <summary>For the thank-you page's heading.</summary>
    public string? BusinessName { get; init; }

    /// <summary>The thank-you wording for the answer's bucket, or null when nothing was recorded.</summary>
    public VoiceKey? Thanks => Status is AnswerStatus.Recorded or AnswerStatus.AlreadyAnswered && Feedback is not null
        ? Feedback!.Bucket switch
        {
            Bucket.Happy => VoiceKey.ThanksHappy,
            Bucket.Unhappy => VoiceKey.ThanksUnhappy,
            _ => VoiceKey.ThanksUnclear,
        }
        : null;
}

public enum LinkStatus { Valid, Invalid, Expired, AlreadyAnswered }

/// <summary>A read-only look at a star link for the GET page (mail scanners open every link: nothing is recorded).</summary>
/// <param name="Ask">The ask when the token checked out (Valid or AlreadyAnswered).</param>
public sealed record LinkCheck(LinkStatus Status, Ask? Ask, string BusinessName, string? Detail = null);
