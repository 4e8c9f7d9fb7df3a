using FeedbackCollector.Core.Model;
using FeedbackCollector.Core.Ports;
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
