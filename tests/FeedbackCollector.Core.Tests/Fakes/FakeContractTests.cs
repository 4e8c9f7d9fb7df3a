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
