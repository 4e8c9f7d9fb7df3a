using FeedbackCollector.App;
using FeedbackCollector.Core.Flow;
using FeedbackCollector.Core.Ports;
using FeedbackCollector.Core.Summary;
using FeedbackCollector.Core.Tokens;

namespace FeedbackCollector.Parity.Tests.Drivers;

/// <summary>
/// A runtime's own adapters with only the classifier replaced by the scripted one both drivers share. The summary's
/// paragraph is the plain one unless <paramref name="modelParagraphs"/> keeps the runtime's own writer (Bedrock on AWS,
/// pointed at a fake Converse by a test). <paramref name="ownerHttp"/>, when given, carries the owner's Slack calls (the
/// owner's Slack id and bot token still come from the runtime's own settings and secrets).
/// </summary>
/// <param name="refuse">Mails the provider refuses for good (a dead mailbox), as the runtime's own mailer would report it; null: none.</param>
internal sealed class ScriptedClassifierAdapters(IFlowAdapters inner, IMoodClassifier classifier, bool modelParagraphs = false,
    Func<OutboundEmail, bool>? refuse = null, HttpClient? ownerHttp = null) : IFlowAdapters
{
    public TimeProvider Time => inner.Time;
    public CollectorSettings Settings => inner.Settings;
    public AskTokens Tokens => inner.Tokens;
    public IAskStore Asks => inner.Asks;
    public IFeedbackStore Feedback => inner.Feedback;
    public IAskAnswerReader AskAnswers => inner.AskAnswers;
    public IAuditLog Audit => inner.Audit;
    public ISuppressionList Suppression => inner.Suppression;
    public IBlobStore Blobs => inner.Blobs;
    public IAskScheduler Scheduler => inner.Scheduler;
    public IMailer Mailer => refuse is null ? inner.Mailer : new RefusingMailer(inner.Mailer, refuse);
    public ISmsSender Sms => inner.Sms;
    public IMoodClassifier Classifier => classifier;
    public OwnerChannel Owner => ownerHttp is null ? inner.Owner : inner.Owner with { Http = ownerHttp };
    public IContactTraces Traces => inner.Traces;
    public ICustomerListAppender? CustomerList => inner.CustomerList;
    public ISummaryParagraphWriter SummaryParagraphs => modelParagraphs ? inner.SummaryParagraphs : new PlainParagraphWriter();
}

/// <summary>The runtime's mailer, but a mail <paramref name="refuse"/> picks fails for good, as a 550 from the provider would.</summary>
internal sealed class RefusingMailer(IMailer inner, Func<OutboundEmail, bool> refuse) : IMailer
{
    public const string Error = "550 5.1.1 mailbox does not exist";

    public Task<SendResult> SendAsync(OutboundEmail email, CancellationToken ct = default) =>
        refuse(email) ? Task.FromResult(SendResult.Failed(Error, transient: false)) : inner.SendAsync(email, ct);
}
