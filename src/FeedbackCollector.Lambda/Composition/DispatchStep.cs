using FeedbackCollector.Core.Flow;
using FeedbackCollector.Lambda.UseCases;

namespace FeedbackCollector.Lambda.Composition;

/// <summary>dispatch over AnswerDispatch; a retryable failure is thrown so Lambda's async retry runs it again (done moves are skipped).</summary>
internal sealed class DispatchStep(AnswerDispatch dispatch) : IDispatchStep
{
    public async Task<StepOutcome> DispatchAsync(string customerId, string askId, CancellationToken ct)
    {
        var result = await dispatch.RunAsync(customerId, askId, ct);
        if (result.Retry) throw new TransientStepException($"dispatch for {askId} failed and may be retried: {result.Detail}");
        var moves = result.Moves.Where(m => m.Status == MoveStatus.Done).Select(m => m.Move.ToString().ToLowerInvariant()).ToArray();
        var word = result.Plan is null ? "nothing" : moves.Length == 0 ? "already-done" : string.Join('+', moves);
        return new StepOutcome(word, customerId, askId, moves.Length);
    }
}
