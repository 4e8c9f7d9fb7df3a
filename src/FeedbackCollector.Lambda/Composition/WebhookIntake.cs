using System.Text.Json;
using FeedbackCollector.Core.Model;
using FeedbackCollector.Lambda.Events;
using FeedbackCollector.Lambda.Roles;
using FeedbackCollector.Lambda.UseCases;
using FeedbackCollector.Web;
using FeedbackCollector.Web.Owner;
using FeedbackCollector.Web.Pages;
using FeedbackCollector.Web.Webhooks;

namespace FeedbackCollector.Lambda.Composition;

/// <summary>
/// intake-webhook's Function URL: the shared webhook endpoint (signature check, raw body kept in the raw
/// bucket's inbox/ prefix, normalization). A finished visit is handed to request-builder (plan-visits):
/// only request-builder writes asks and creates schedules (the template's IAM).
/// </summary>
internal sealed class WebhookIntake(WebAppOptions options, IWebhookInbox inbox, IRoleInvoker invoker, TimeProvider clock) : IWebEndpoint
{
    public async Task<WebResponse> HandleAsync(WebRequest request, CancellationToken ct)
    {
        var visits = new PlanVisitsSink(invoker);
        var web = new WebApp(options, new WebAppServices(NotHere.Instance, NotHere.Instance, inbox, visits, NotHere.Instance), clock);
        return WebBridge.FromWeb(await web.Handle(WebBridge.ToWeb(request), ct));
    }

    /// <summary>Each visit goes on as its own plan-visits invoke; request-builder is idempotent by ask id, so a retried delivery adds nothing.</summary>
    private sealed class PlanVisitsSink(IRoleInvoker invoker) : IVisitSink
    {
        public Task AcceptAsync(Visit visit, CancellationToken ct = default)
        {
            var payload = new VisitPayload(visit.Source, visit.SourceId, visit.Customer.CustomerId, visit.Customer.FirstName,
                visit.Customer.Email, visit.Customer.Phone, visit.VisitType, visit.EndedAt);
            var invoke = new DirectInvoke(DirectInvokeKinds.PlanVisits, Visits: [payload]);
            return invoker.InvokeAsync(Role.RequestBuilder, JsonSerializer.SerializeToUtf8Bytes(invoke, LambdaEventsJsonContext.Default.DirectInvoke), ct);
        }
    }

    /// <summary>The pages of reply-handler; WebApp routes only /webhook here, so these are never reached.</summary>
    private sealed class NotHere : IAnswerSink, IUnsubscribeSink, IOwnerConsole
    {
        public static NotHere Instance { get; } = new();

        public Task<TapLinkCheck> CheckAsync(string token, CancellationToken ct = default) => throw Wrong();
        public Task<TapOutcome> RecordTapAsync(TapAnswer answer, CancellationToken ct = default) => throw Wrong();
        Task<UnsubscribeCheck> IUnsubscribeSink.CheckAsync(string token, CancellationToken ct) => throw Wrong();
        public Task<UnsubscribeResult> UnsubscribeAsync(string token, CancellationToken ct = default) => throw Wrong();
        public Task<OwnerView> LoadAsync(CancellationToken ct = default) => throw Wrong();
        public Task<bool> DecideAsync(OwnerDecision decision, CancellationToken ct = default) => throw Wrong();

        private static UnsupportedRouteException Wrong() => new("intake-webhook serves only /webhook");
    }
}

/// <summary>An endpoint built on its first request, so a missing setting or secret fails requests (each logged) rather than init.</summary>
internal sealed class LazyWebEndpoint(Func<IWebEndpoint> build) : IWebEndpoint
{
    private IWebEndpoint? _endpoint;

    public Task<WebResponse> HandleAsync(WebRequest request, CancellationToken ct) => (_endpoint ??= build()).HandleAsync(request, ct);
}
