using FeedbackCollector.Core.Flow;

namespace FeedbackCollector.App.Answers;

/// <summary>
/// The router step on both runtimes: classifies and records a verified reply (first answer wins), then hands
/// it to dispatch. The same message delivered again (an SMTP retry after a 451, an S3 event seen twice) is
/// recognised by its raw key on the recorded row and only finishes its dispatch (moves made are skipped).
/// A reply without words is a tap recorded elsewhere that only needs its dispatch.
/// </summary>
public sealed class ReplyRouting(FlowApp app)
{
    /// <returns>recorded-{bucket}, redelivered, dispatch, already-answered or no-such-ask.</returns>
    public async Task<string> RouteAsync(ReplyToRoute reply, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(reply);
        if (reply.Text is null)
        {
            await app.Handoff.DispatchAsync(reply.CustomerId, reply.AskId, ct);
            return "dispatch";
        }
        var outcome = await app.Answers.RecordReplyAsync(reply.CustomerId, reply.AskId, reply.Text, reply.RawKey ?? "", reply.Channel, ct);
        switch (outcome.Status)
        {
            case AnswerStatus.Recorded:
                await app.Handoff.DispatchAsync(reply.CustomerId, reply.AskId, ct);
                return "recorded-" + outcome.Feedback!.Bucket.ToString().ToLowerInvariant();
            case AnswerStatus.AlreadyAnswered when reply.RawKey is not null && outcome.Feedback?.RawKey == reply.RawKey:
                await app.Handoff.DispatchAsync(reply.CustomerId, reply.AskId, ct);
                return "redelivered";
            case AnswerStatus.AlreadyAnswered:
                return "already-answered";
            default:
                return "no-such-ask";
        }
    }
}
