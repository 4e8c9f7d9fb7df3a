using System.Text;
using FeedbackCollector.App;
using FeedbackCollector.Core.Model;
using FeedbackCollector.Core.Ports;
using FeedbackCollector.Lambda.UseCases;
using FeedbackCollector.Web.Http;

namespace FeedbackCollector.Lambda.Tests.Support;

/// <summary>In-memory use cases that record what the handlers asked of them.</summary>
internal sealed class FakeUseCases : IUseCases, ISyncJob, IWebEndpoint, IAskPlanner, IAskSender, IPrivacyRequests,
    IInboundReplies, IReplyRouter, IDispatchStep, ISweepSummary
{
    public List<string> Calls { get; } = [];
    public List<WebRequest> WebRequests { get; } = [];
    public List<Visit> Planned { get; } = [];
    public string MailOutcome { get; set; } = "accepted";

    public ISyncJob DriveSync() => this;
    public ISyncJob CalendarSync() => this;
    public IWebEndpoint IntakeWebhook() => this;
    public IAskPlanner Planner() => this;
    public IAskSender Sender() => this;
    public IPrivacyRequests Privacy() => this;

    public Task<byte[]> EraseAsync(string contact, CancellationToken ct) => Done($"erase:{contact}", Encoding.UTF8.GetBytes("{\"asks\":1}"));

    public Task<byte[]> ExportAsync(string contact, CancellationToken ct) => Done($"export:{contact}", Encoding.UTF8.GetBytes("{\"asks\":[]}"));
    public IWebEndpoint Pages() => this;
    public IInboundReplies InboundReplies() => this;
    public IReplyRouter Router() => this;
    public IDispatchStep Dispatch() => this;
    public ISweepSummary SweepSummary() => this;

    public Task<StepOutcome> RunAsync(CancellationToken ct) => Done("sync", new StepOutcome("synced", Count: 3));

    public Task<WebResponse> HandleAsync(WebRequest request, CancellationToken ct)
    {
        WebRequests.Add(request);
        return Done("web", new WebResponse(202, new Dictionary<string, string>(), Encoding.UTF8.GetBytes("{\"accepted\":true}"), "application/json"));
    }

    public List<Withdrawal> Withdrawn { get; } = [];

    public Task<StepOutcome> WithdrawAsync(IReadOnlyList<Withdrawal> withdrawals, CancellationToken ct)
    {
        Withdrawn.AddRange(withdrawals);
        return Done("withdraw", new StepOutcome("withdrawn", Count: withdrawals.Count));
    }

    public List<OwnerPing> OwnerNotes { get; } = [];

    public List<(CustomerListStep Step, DateTimeOffset? Deadline)> ListRuns { get; } = [];

    public Task<StepOutcome> PlanCustomerListAsync(CustomerListStep step, DateTimeOffset? deadline, CancellationToken ct)
    {
        ListRuns.Add((step, deadline));
        return Done("plan-customer-list", new StepOutcome("list-continued", Count: 2));
    }

    public Task<StepOutcome> TellOwnerAsync(OwnerPing note, CancellationToken ct)
    {
        OwnerNotes.Add(note);
        return Done("tell-owner", new StepOutcome("owner-told"));
    }

    public Task<StepOutcome> PlanAsync(IReadOnlyList<Visit> visits, CancellationToken ct)
    {
        Planned.AddRange(visits);
        return Done("plan", new StepOutcome("planned", Count: visits.Count));
    }

    public Task<StepOutcome> SendAsync(ScheduledJob job, CancellationToken ct) =>
        Done($"send:{job.Kind}:{job.CustomerId}:{job.AskId}:{job.Name}", new StepOutcome("sent", job.CustomerId, job.AskId));

    public Task<StepOutcome> AcceptAsync(string bucket, string key, CancellationToken ct) =>
        Done($"mail:{bucket}:{key}", new StepOutcome(MailOutcome));

    public Task<StepOutcome> RouteAsync(ReplyToRoute reply, CancellationToken ct) =>
        Done($"route:{reply.CustomerId}:{reply.AskId}:{reply.Text}", new StepOutcome("recorded-happy", reply.CustomerId, reply.AskId));

    public Task<StepOutcome> DispatchAsync(string customerId, string askId, CancellationToken ct) =>
        Done($"dispatch:{customerId}:{askId}", new StepOutcome("review_nudge", customerId, askId));

    public Task<StepOutcome> SweepAsync(CancellationToken ct) => Done("sweep", new StepOutcome("swept", Count: 2));

    public Task<StepOutcome> SummarizeAsync(CancellationToken ct) => Done("summary", new StepOutcome("summarized"));

    private Task<T> Done<T>(string call, T value)
    {
        Calls.Add(call);
        return Task.FromResult(value);
    }
}
