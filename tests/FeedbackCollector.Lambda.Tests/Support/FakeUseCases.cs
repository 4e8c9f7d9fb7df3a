using System.Text;
using FeedbackCollector.Core.Model;
using FeedbackCollector.Core.Ports;
using FeedbackCollector.Lambda.Roles;
using FeedbackCollector.Lambda.UseCases;

namespace FeedbackCollector.Lambda.Tests.Support;

/// <summary>In-memory use cases that record what the handlers asked of them.</summary>
internal sealed class FakeUseCases : IUseCases, ISyncJob, IWebEndpoint, IAskPlanner, IAskSender, ITapEndpoint,
    IInboundReplies, IReplyRouter, IDispatchStep, ISweepSummary, IRoleInvoker
{
    public List<string> Calls { get; } = [];
    public List<WebRequest> WebRequests { get; } = [];
    public List<(Role Target, string Payload)> Invoked { get; } = [];
    public List<Visit> Planned { get; } = [];
    public AnswerRef? TapRecords { get; set; }
    public AnswerRef? MailRecords { get; set; }
    public bool RouteDispatches { get; set; } = true;

    public ISyncJob DriveSync() => this;
    public ISyncJob CalendarSync() => this;
    public IWebEndpoint IntakeWebhook() => this;
    public IAskPlanner Planner() => this;
    public IAskSender Sender() => this;
    public ITapEndpoint Taps() => this;
    public IInboundReplies InboundReplies() => this;
    public IReplyRouter Router() => this;
    public IDispatchStep Dispatch() => this;
    public ISweepSummary SweepSummary() => this;
    public IRoleInvoker Invoker() => this;

    public Task<StepOutcome> RunAsync(CancellationToken ct) => Done("sync", new StepOutcome("synced", Count: 3));

    public Task<WebResponse> HandleAsync(WebRequest request, CancellationToken ct)
    {
        WebRequests.Add(request);
        return Done("webhook", new WebResponse(202, "application/json", Encoding.UTF8.GetBytes("{\"accepted\":true}")));
    }

    public Task<StepOutcome> PlanAsync(IReadOnlyList<Visit> visits, CancellationToken ct)
    {
        Planned.AddRange(visits);
        return Done("plan", new StepOutcome("planned", Count: visits.Count));
    }

    public Task<StepOutcome> SendAsync(ScheduledJob job, CancellationToken ct) =>
        Done($"send:{job.Kind}:{job.CustomerId}:{job.AskId}:{job.Name}", new StepOutcome("sent", job.CustomerId, job.AskId));

    Task<TapResult> ITapEndpoint.HandleAsync(WebRequest request, CancellationToken ct)
    {
        WebRequests.Add(request);
        var page = new WebResponse(200, "text/html; charset=utf-8", Encoding.UTF8.GetBytes("<p>Thanks</p>"));
        return Done("tap", new TapResult(page, TapRecords is null ? "shown" : "recorded", TapRecords));
    }

    public Task<(StepOutcome Outcome, AnswerRef? Recorded)> AcceptAsync(string bucket, string key, CancellationToken ct) =>
        Done($"mail:{bucket}:{key}", (new StepOutcome(MailRecords is null ? "duplicate" : "recorded"), MailRecords));

    public Task<(StepOutcome Outcome, bool Dispatch)> RouteAsync(string customerId, string askId, CancellationToken ct) =>
        Done($"route:{customerId}:{askId}", (new StepOutcome("happy", customerId, askId), RouteDispatches));

    public Task<StepOutcome> DispatchAsync(string customerId, string askId, CancellationToken ct) =>
        Done($"dispatch:{customerId}:{askId}", new StepOutcome("review_nudge", customerId, askId));

    public Task<StepOutcome> SweepAsync(CancellationToken ct) => Done("sweep", new StepOutcome("swept", Count: 2));

    public Task<StepOutcome> SummarizeAsync(CancellationToken ct) => Done("summary", new StepOutcome("summarized"));

    public Task InvokeAsync(Role target, byte[] payload, CancellationToken ct)
    {
        Invoked.Add((target, Encoding.UTF8.GetString(payload)));
        return Task.CompletedTask;
    }

    private Task<T> Done<T>(string call, T value)
    {
        Calls.Add(call);
        return Task.FromResult(value);
    }
}
