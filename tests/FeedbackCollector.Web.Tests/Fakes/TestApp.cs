using FeedbackCollector.Web.Webhooks;
using Microsoft.Extensions.Time.Testing;

namespace FeedbackCollector.Web.Tests.Fakes;

/// <summary>A WebApp wired to fakes, with every scheme configured.</summary>
internal sealed class TestApp
{
    public const string OwnerKey = "owner-key-123";
    public const string SquareUrl = "https://fc.example/webhook/square";

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 3, 2, 10, 0, 0, TimeSpan.Zero));
    public FakeAnswerSink Answers { get; } = new();
    public FakeUnsubscribeSink Unsubscribes { get; } = new();
    public InMemoryBlobStore Blobs { get; } = new();
    public RecordingVisitSink Visits { get; } = new();
    public FakeOwnerConsole Owner { get; } = new();
    public WebApp App { get; }

    public Task<FeedbackCollector.Web.Http.WebResponse> Send(FeedbackCollector.Web.Http.WebRequest request) =>
        App.Handle(request, TestContext.Current.CancellationToken);

    public TestApp(bool acceptTest = false, int maxBody = 1024 * 1024)
    {
        var schemes = new Dictionary<string, WebhookSchemeOptions>
        {
            [WebhookScheme.Generic] = new("generic-secret", AcceptTestEvents: acceptTest),
            [WebhookScheme.Shopify] = new("shopify-secret", AcceptTestEvents: acceptTest),
            [WebhookScheme.Square] = new("square-key", SquareUrl, acceptTest),
            [WebhookScheme.Stripe] = new("whsec_test", AcceptTestEvents: acceptTest),
            [WebhookScheme.WooCommerce] = new("woo-secret", AcceptTestEvents: acceptTest),
        };
        App = new WebApp(new WebAppOptions(OwnerKey, schemes, maxBody),
            new WebAppServices(Answers, Unsubscribes, new BlobWebhookInbox(Blobs), Visits, Owner), Time);
    }
}
