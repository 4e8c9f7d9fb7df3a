using FeedbackCollector.Core.Flow;
using FeedbackCollector.Core.Ports;
using FeedbackCollector.Lambda.UseCases;

namespace FeedbackCollector.Lambda.Composition;

/// <summary>request-builder's send: the flow's AskSender, with a retryable failure thrown so the scheduler's retry policy runs again.</summary>
internal sealed class AskSenderStep(AskSender sender) : IAskSender
{
    public async Task<StepOutcome> SendAsync(ScheduledJob job, CancellationToken ct)
    {
        var outcome = await sender.RunAsync(job, ct);
        if (outcome.Retry) throw new TransientStepException($"send-ask for {job.AskId} failed and may be retried: {outcome.Detail}");
        return new StepOutcome(outcome.Status.ToString().ToLowerInvariant(), job.CustomerId, job.AskId);
    }
}

/// <summary>Builds the sender on first use and keeps it; a build failure (a missing setting) fails that send and is tried again on the next.</summary>
internal sealed class LazyAskSender(Func<IAskSender> build) : IAskSender
{
    private IAskSender? _sender;

    public Task<StepOutcome> SendAsync(ScheduledJob job, CancellationToken ct) => (_sender ??= build()).SendAsync(job, ct);
}

/// <summary>A step failed in a way a retry may fix; thrown so Lambda's async retry (or the scheduler's) runs it again.</summary>
internal sealed class TransientStepException(string message) : Exception(message);
