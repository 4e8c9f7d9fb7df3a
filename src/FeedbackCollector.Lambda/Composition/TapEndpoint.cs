using FeedbackCollector.Core.Flow;
using FeedbackCollector.Lambda.UseCases;
using FeedbackCollector.Web;
using FeedbackCollector.Web.Flow;
using FeedbackCollector.Web.Owner;
using FeedbackCollector.Web.Pages;
using TapResult = FeedbackCollector.Lambda.UseCases.TapResult;
using FeedbackCollector.Web.Webhooks;

namespace FeedbackCollector.Lambda.Composition;

/// <summary>
/// reply-handler's Function URL: the shared pages (star tap, unsubscribe, review redirect) with the flow
/// behind them. The webhook and owner routes belong to other functions and answer 404 here.
/// </summary>
internal sealed class TapEndpoint(AnswerIntake answers, IUnsubscribeSink unsubscribes, ReviewClick reviews, OwnerDocs docs, TimeProvider clock)
    : ITapEndpoint
{
    private static readonly WebAppOptions Options = new(null, new Dictionary<string, WebhookSchemeOptions>());

    public async Task<TapResult> HandleAsync(WebRequest request, CancellationToken ct)
    {
        // One sink per request: it remembers what this request recorded, for the handler to route.
        var sink = new LambdaAnswerSink(answers, docs);
        var web = new WebApp(Options, new WebAppServices(sink, unsubscribes, NotHere.Instance, NotHere.Instance, NotHere.Instance), clock);
        var response = await new ReviewRedirect(web, reviews).Handle(WebBridge.ToWeb(request), ct);
        var outcome = sink.Recorded is not null || sink.Outcome != "page" ? sink.Outcome : "http-" + response.Status;
        return new TapResult(WebBridge.FromWeb(response), outcome, sink.Recorded);
    }

    /// <summary>The routes of other functions; WebApp answers them 404 before reaching these (no webhook schemes, no owner key).</summary>
    private sealed class NotHere : IWebhookInbox, IVisitSink, IOwnerConsole
    {
        public static NotHere Instance { get; } = new();

        public Task<bool> KeepAsync(RawWebhook raw, CancellationToken ct = default) => throw Wrong();
        public Task MarkProcessedAsync(string scheme, string deliveryKey, string outcome, CancellationToken ct = default) => throw Wrong();
        public Task AcceptAsync(Core.Model.Visit visit, CancellationToken ct = default) => throw Wrong();
        public Task<OwnerView> LoadAsync(CancellationToken ct = default) => throw Wrong();
        public Task<bool> DecideAsync(OwnerDecision decision, CancellationToken ct = default) => throw Wrong();

        private static UnsupportedRouteException Wrong() => new("reply-handler serves only the star, unsubscribe and review pages");
    }
}

/// <summary>A request reached a route this function does not serve (a wiring mistake).</summary>
internal sealed class UnsupportedRouteException(string message) : Exception(message);
