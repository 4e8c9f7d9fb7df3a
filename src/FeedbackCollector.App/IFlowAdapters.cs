using FeedbackCollector.Core.Flow;
using FeedbackCollector.Core.Ports;
using FeedbackCollector.Core.Summary;
using FeedbackCollector.Core.Tokens;

namespace FeedbackCollector.App;

/// <summary>
/// What one runtime brings to the flow: its stores, mail, scheduler, classifier, keys and settings.
/// <see cref="FlowApp"/> reads a member only when it builds a use case that needs it, so an adapter set may
/// build members lazily (a Lambda role reads the secrets and makes the clients of its own use cases only).
/// </summary>
public interface IFlowAdapters
{
    TimeProvider Time { get; }
    CollectorSettings Settings { get; }
    AskTokens Tokens { get; }
    IAskStore Asks { get; }
    IFeedbackStore Feedback { get; }
    /// <summary>The ask and its answer in one read (the star pages' GET and the POST's already-answered check).</summary>
    IAskAnswerReader AskAnswers { get; }
    IAuditLog Audit { get; }
    ISuppressionList Suppression { get; }
    IBlobStore Blobs { get; }
    IAskScheduler Scheduler { get; }
    IMailer Mailer { get; }
    ISmsSender Sms { get; }
    IMoodClassifier Classifier { get; }

    /// <summary>Who writes the monthly summary's paragraph (checked against the figures); by default the plain one.</summary>
    ISummaryParagraphWriter SummaryParagraphs => new PlainParagraphWriter();
    /// <summary>
    /// How long the owner docs loaded once are trusted before their blob stamps are looked at again: a fraction of a
    /// second where a stamp is a local stat (two per star page were a tenth of serve's time under load), a few seconds
    /// where it is a network call (S3 HEAD). An edit made through this process's <see cref="OwnerDocs"/> is seen at
    /// once either way. Zero (every load looks) unless the runtime says otherwise.
    /// </summary>
    TimeSpan DocsRecheck => TimeSpan.Zero;

    /// <summary>Personal data the runtime keeps outside its stores and blobs (local outboxes, customers.csv); none by default.</summary>
    IContactTraces Traces => NoContactTraces.Instance;

    /// <summary>The owner's customer list every webhook sale is appended to (the sheet, customers.csv); null: none.</summary>
    ICustomerListAppender? CustomerList => null;

    /// <summary>The operator's owner channel; rules.txt's "Owner email:" and "Owner Slack:" override it.</summary>
    OwnerChannel Owner { get; }
}

/// <summary>The operator's defaults for reaching the owner privately.</summary>
/// <param name="Email">Owner pings and summaries by email (when Slack is not set, or fails).</param>
/// <param name="SlackUserId">The owner's Slack member id for DMs.</param>
/// <param name="SlackBotToken">The bot token (xoxb-…); Slack is used only when it and a user id are set.</param>
/// <param name="Http">The client Slack calls go through (one pool per process).</param>
public sealed record OwnerChannel(string? Email, string? SlackUserId, string? SlackBotToken, HttpClient Http);
