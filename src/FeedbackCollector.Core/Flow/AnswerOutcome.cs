using FeedbackCollector.Core.Model;
using FeedbackCollector.Core.Voice;

namespace FeedbackCollector.Core.Flow;

public enum AnswerStatus { Recorded, AlreadyAnswered, InvalidLink, ExpiredLink, InvalidStars }

/// <summary>What the tap page or the SMTP handler shows or logs after an answer.</summary>
/// <param name="Feedback">The answer in force: the new one when Recorded, the first one when AlreadyAnswered.</param>
/// <param name="Detail">Why a link was refused ("tampered", "no such ask"), for logs; never the token itself.</param>
public sealed record AnswerOutcome(AnswerStatus Status, Feedback? Feedback, Ask? Ask, string? Detail = null)
{
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
