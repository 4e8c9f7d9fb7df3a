using FeedbackCollector.Core.Model;
using FeedbackCollector.Core.Ports;
using FeedbackCollector.Core.Summary;
using FeedbackCollector.Core.Sweeps;
using FeedbackCollector.Testing.Contracts;
using FeedbackCollector.Testing.Fakes;

namespace FeedbackCollector.Core.Tests.Fakes;

// The fakes pass the same contracts every adapter passes, so tests built on them mean something.

public sealed class FakeAskStoreContractTests : AskStoreContract
{
    protected override Task<IAskStore> CreateStoreAsync() => Task.FromResult<IAskStore>(new FakeAskStore());
}

public sealed class FakeFeedbackStoreContractTests : FeedbackStoreContract
{
    protected override Task<IFeedbackStore> CreateStoreAsync() => Task.FromResult<IFeedbackStore>(new FakeFeedbackStore());
}

public sealed class FakeAskAnswerReaderContractTests : AskAnswerReaderContract
{
    protected override Task<(IAskStore Asks, IFeedbackStore Feedback, IAskAnswerReader Reader)> CreateAsync()
    {
        FakeAskStore asks = new();
        FakeFeedbackStore feedback = new();
        return Task.FromResult<(IAskStore, IFeedbackStore, IAskAnswerReader)>((asks, feedback, new FakeAskAnswerReader(asks, feedback)));
    }
}

public sealed class FakeAuditLogContractTests : AuditLogContract
{
    protected override Task<IAuditLog> CreateLogAsync() => Task.FromResult<IAuditLog>(new FakeAuditLog());
}

public sealed class FakeBlobStoreContractTests : BlobStoreContract
{
    protected override Task<IBlobStore> CreateStoreAsync() => Task.FromResult<IBlobStore>(new FakeBlobStore());
}

public sealed class FakeSuppressionListContractTests : SuppressionListContract
{
    protected override Task<ISuppressionList> CreateListAsync() => Task.FromResult<ISuppressionList>(new FakeSuppressionList());
}

public sealed class FakeAskSchedulerContractTests : AskSchedulerContract
{
    protected override Task<IAskScheduler> CreateSchedulerAsync() => Task.FromResult<IAskScheduler>(new FakeAskScheduler());
}

public sealed class FakeSecretSourceContractTests : SecretSourceContract
{
    protected override Task<ISecretSource> CreateSourceAsync(IReadOnlyDictionary<string, string> secrets)
    {
        var source = new FakeSecretSource();
        foreach (var (name, value) in secrets) source.Set(name, value);
        return Task.FromResult<ISecretSource>(source);
    }
}

public sealed class FakeConfigSourceContractTests : ConfigSourceContract
{
    protected override Task<IConfigSource> CreateSourceAsync(IReadOnlyList<KeyValuePair<string, string>> settings)
    {
        var source = new FakeConfigSource();
        foreach (var (key, value) in settings) source.Set(key, value);
        return Task.FromResult<IConfigSource>(source);
    }
}

public sealed class FakeMoodClassifierContractTests : MoodClassifierContract
{
    private readonly FakeMoodClassifier _classifier = new();

    protected override Task<IMoodClassifier> CreateClassifierAsync() => Task.FromResult<IMoodClassifier>(_classifier);

    protected override void TeachModel(string text, Mood mood, double confidence) => _classifier.When(text, mood, confidence);
}

public sealed class FakeCustomerSourceContractTests : CustomerSourceContract
{
    protected override Task<CustomerSourceUnderTest> CreateSourceAsync()
    {
        const int cap = 3;
        var source = new FakeCustomerSource(cap);
        var rows = 0;
        return Task.FromResult(new CustomerSourceUnderTest(source,
            row =>
            {
                var customer = new Customer(AskId.ForCustomer(row.Email, null), row.FirstName, row.Email, null);
                source.Add(new Visit("fake", "row-" + ++rows, customer, row.VisitType, row.EndedAt));
                return Task.CompletedTask;
            },
            () =>
            {
                source.AddProblem(++rows + 1, "needs an email or a phone");
                return Task.CompletedTask;
            },
            cap));
    }
}

public sealed class FakeOwnerNotifierContractTests : OwnerNotifierContract
{
    protected override Task<OwnerNotifierUnderTest> CreateNotifierAsync(OwnerChannel channel)
    {
        var notifier = new FakeOwnerNotifier();
        if (channel != OwnerChannel.Reachable) notifier.Script.FailAlways(transient: channel != OwnerChannel.RecipientUnknown, channel.ToString());
        // The fake has no medium: what it recorded is what the owner sees, with nothing a medium would act on.
        return Task.FromResult(new OwnerNotifierUnderTest(notifier, "owner", () => Task.FromResult<IReadOnlyList<DeliveredPing>>(
            [.. notifier.Pings.Select(p => new DeliveredPing("owner", p.Subject + "\n" + p.Text, [], p.ContactLinks))])));
    }
}

public sealed class FakeSmsSenderContractTests : SmsSenderContract
{
    protected override Task<SmsSenderUnderTest> CreateSenderAsync(SmsNetwork network)
    {
        var sender = new FakeSmsSender();
        if (network != SmsNetwork.Reachable) sender.Script.FailAlways(transient: network == SmsNetwork.Unavailable, network.ToString());
        return Task.FromResult(new SmsSenderUnderTest(sender,
            () => Task.FromResult<IReadOnlyList<DeliveredSms>>([.. sender.Sent.Select(m => new DeliveredSms(m.Phone, m.Text))])));
    }
}

public sealed class FakeSummaryParagraphWriterContractTests : SummaryParagraphWriterContract
{
    protected override Task<ISummaryParagraphWriter> CreateWriterAsync(MonthlyFigures figures) =>
        Task.FromResult<ISummaryParagraphWriter>(new FakeSummaryParagraphWriter());

    protected override Task<ISummaryParagraphWriter?> CreateUnavailableWriterAsync() =>
        Task.FromResult<ISummaryParagraphWriter?>(new FakeSummaryParagraphWriter { Unavailable = true });
}

public sealed class PlainParagraphWriterContractTests : SummaryParagraphWriterContract
{
    protected override Task<ISummaryParagraphWriter> CreateWriterAsync(MonthlyFigures figures) =>
        Task.FromResult<ISummaryParagraphWriter>(new PlainParagraphWriter());
}

public sealed class FakeSummaryWriterContractTests : SummaryWriterContract
{
    protected override Task<SummaryWriterUnderTest> CreateWriterAsync(bool available = true)
    {
        var writer = new FakeSummaryWriter();
        if (!available) writer.Script.FailAlways(transient: true);
        return Task.FromResult(new SummaryWriterUnderTest(writer, "owner", () => Task.FromResult<IReadOnlyList<DeliveredSummary>>(
            [.. writer.Written.Select(w => new DeliveredSummary("owner", w.Subject, w.Text, w.Month))])));
    }
}

public sealed class FakeContactTracesContractTests : ContactTracesContract
{
    protected override Task<IContactTraces> CreateWithAsync(IReadOnlyList<string> messages)
    {
        var traces = new FakeContactTraces();
        for (var i = 0; i < messages.Count; i++) traces.Add("m" + i, messages[i]);
        return Task.FromResult<IContactTraces>(traces);
    }
}

public sealed class FakeCustomerListAppenderContractTests : CustomerListAppenderContract
{
    protected override bool HasOwnersHeader => false;

    protected override Task<CustomerListUnderTest> CreateAsync(IReadOnlyList<string[]>? existing)
    {
        var list = new FakeCustomerListAppender();
        return Task.FromResult(new CustomerListUnderTest(list, () => Task.FromResult(list.Csv())));
    }
}
