using FeedbackCollector.App;
using FeedbackCollector.Core.Flow;
using FeedbackCollector.Core.Ports;
using FeedbackCollector.Core.Summary;
using FeedbackCollector.Core.Tokens;

namespace FeedbackCollector.Parity.Tests.Drivers;

/// <summary>
/// A runtime's own adapters with only the classifier replaced by the scripted one both drivers share. The summary's
/// paragraph is the plain one unless <paramref name="modelParagraphs"/> keeps the runtime's own writer (Bedrock on AWS,
/// pointed at a fake Converse by a test).
/// </summary>
internal sealed class ScriptedClassifierAdapters(IFlowAdapters inner, IMoodClassifier classifier, bool modelParagraphs = false) : IFlowAdapters
{
    public TimeProvider Time => inner.Time;
    public CollectorSettings Settings => inner.Settings;
    public AskTokens Tokens => inner.Tokens;
    public IAskStore Asks => inner.Asks;
    public IFeedbackStore Feedback => inner.Feedback;
    public IAuditLog Audit => inner.Audit;
    public ISuppressionList Suppression => inner.Suppression;
    public IBlobStore Blobs => inner.Blobs;
    public IAskScheduler Scheduler => inner.Scheduler;
    public IMailer Mailer => inner.Mailer;
    public ISmsSender Sms => inner.Sms;
    public IMoodClassifier Classifier => classifier;
    public OwnerChannel Owner => inner.Owner;
    public ICustomerListAppender? CustomerList => inner.CustomerList;
    public ISummaryParagraphWriter SummaryParagraphs => modelParagraphs ? inner.SummaryParagraphs : new PlainParagraphWriter();
}
