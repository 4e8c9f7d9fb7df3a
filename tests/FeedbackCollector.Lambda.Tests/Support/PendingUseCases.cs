using FeedbackCollector.App;
using FeedbackCollector.Core.Model;
using FeedbackCollector.Core.Ports;
using FeedbackCollector.Lambda.UseCases;
using FeedbackCollector.Web.Http;

namespace FeedbackCollector.Lambda.Tests.Support;

/// <summary>
/// Use cases that are never wired (routing tests only): every call fails
/// with a typed, permanent error naming what is missing, so an invocation is reported as an error
/// rather than answered with a fake success.
/// </summary>
internal sealed class PendingUseCases(string missing) : IUseCases, ISyncJob, IWebEndpoint, IAskPlanner, IAskSender, IPrivacyRequests,
    IInboundReplies, IReplyRouter, IDispatchStep, ISweepSummary
{
    public ISyncJob DriveSync() => this;
    public ISyncJob CalendarSync() => this;
    public IWebEndpoint IntakeWebhook() => this;
    public IAskPlanner Planner() => this;
    public IAskSender Sender() => this;
    public IPrivacyRequests Privacy() => this;
    public IWebEndpoint Pages() => this;
    public IInboundReplies InboundReplies() => this;
    public IReplyRouter Router() => this;
    public IDispatchStep Dispatch() => this;
    public ISweepSummary SweepSummary() => this;

    public Task<StepOutcome> RunAsync(CancellationToken ct) => Fail<StepOutcome>();
    public Task<WebResponse> HandleAsync(WebRequest request, CancellationToken ct) => Fail<WebResponse>();
    public Task<StepOutcome> PlanAsync(IReadOnlyList<Visit> visits, CancellationToken ct) => Fail<StepOutcome>();
    public Task<StepOutcome> WithdrawAsync(IReadOnlyList<Withdrawal> withdrawals, CancellationToken ct) => Fail<StepOutcome>();
    public Task<StepOutcome> TellOwnerAsync(OwnerPing note, CancellationToken ct) => Fail<StepOutcome>();
    public Task<StepOutcome> SendAsync(ScheduledJob job, CancellationToken ct) => Fail<StepOutcome>();
    public Task<byte[]> EraseAsync(string contact, CancellationToken ct) => Fail<byte[]>();
    public Task<byte[]> ExportAsync(string contact, CancellationToken ct) => Fail<byte[]>();
    public Task<StepOutcome> AcceptAsync(string bucket, string key, CancellationToken ct) => Fail<StepOutcome>();
    public Task<StepOutcome> RouteAsync(ReplyToRoute reply, CancellationToken ct) => Fail<StepOutcome>();
    public Task<StepOutcome> DispatchAsync(string customerId, string askId, CancellationToken ct) => Fail<StepOutcome>();
    public Task<StepOutcome> SweepAsync(CancellationToken ct) => Fail<StepOutcome>();
    public Task<StepOutcome> SummarizeAsync(CancellationToken ct) => Fail<StepOutcome>();

    private Task<T> Fail<T>() => Task.FromException<T>(new UseCaseNotWiredException($"this build has no implementation yet: {missing}"));
}

/// <summary>The bootstrap was built without the implementation a role needs; redeploying a complete build fixes it.</summary>
internal sealed class UseCaseNotWiredException(string message) : Exception(message);
