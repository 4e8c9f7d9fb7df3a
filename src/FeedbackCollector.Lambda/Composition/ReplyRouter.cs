using FeedbackCollector.Core.Flow;
using FeedbackCollector.Core.Ports;
using FeedbackCollector.Lambda.UseCases;

namespace FeedbackCollector.Lambda.Composition;

/// <summary>
/// router: a written reply is classified (Bedrock) and recorded, first reply wins; a star tap arrives
/// already recorded by reply-handler. Either way a newly recorded answer goes on to dispatch.
/// </summary>
internal sealed class ReplyRouter(AnswerIntake answers, IFeedbackStore feedback) : IReplyRouter
{
    public async Task<(StepOutcome Outcome, bool Dispatch)> RouteAsync(AnswerRef answer, CancellationToken ct)
    {
        if (answer.Text is null)
        {
            var tapped = await feedback.GetAsync(answer.CustomerId, answer.AskId, ct);
            return tapped is null
                ? (new StepOutcome("no-answer", answer.CustomerId, answer.AskId), false)
                : (new StepOutcome(tapped.Bucket.ToString().ToLowerInvariant(), answer.CustomerId, answer.AskId), true);
        }
        var outcome = await answers.RecordReplyAsync(answer.CustomerId, answer.AskId, answer.Text, answer.RawKey ?? "", ct);
        return outcome.Status == AnswerStatus.Recorded
            ? (new StepOutcome(outcome.Feedback!.Bucket.ToString().ToLowerInvariant(), answer.CustomerId, answer.AskId), true)
            : (new StepOutcome(outcome.Status.ToString().ToLowerInvariant(), answer.CustomerId, answer.AskId), false);
    }
}
