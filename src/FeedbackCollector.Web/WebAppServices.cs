using FeedbackCollector.Web.Owner;
using FeedbackCollector.Web.Pages;
using FeedbackCollector.Web.Sms;
using FeedbackCollector.Web.Webhooks;

namespace FeedbackCollector.Web;

/// <summary>What the hosts provide: the use cases behind the pages and endpoints.</summary>
public sealed record WebAppServices(
    IAnswerSink Answers,
    IUnsubscribeSink Unsubscribes,
    IWebhookInbox WebhookInbox,
    IVisitSink Visits,
    IOwnerConsole Owner)
{
    /// <summary>The nudge's counting review redirect; without it /r/ answers 404.</summary>
    public IReviewClicks? Reviews { get; init; }

    /// <summary>The owner's one-tap decision links; without it /o/ answers 404.</summary>
    public IOwnerDecisionSink? OwnerDecisions { get; init; }

    /// <summary>Customers' texts (STOP, replies); without it /sms/twilio answers 404.</summary>
    public ISmsInbox? SmsInbox { get; init; }
}
