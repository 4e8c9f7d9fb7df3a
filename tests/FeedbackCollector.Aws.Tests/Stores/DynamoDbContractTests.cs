using FeedbackCollector.Aws.Dynamo;
using FeedbackCollector.Aws.S3;
using FeedbackCollector.Core.Ports;
using FeedbackCollector.Testing.Contracts;

namespace FeedbackCollector.Aws.Tests.Stores;

// Each adapter passes the same contract as the fake and the SQLite adapter, against moto over HTTP.

public sealed class DynamoDbAskStoreContractTests : AskStoreContract
{
    protected override async Task<IAskStore> CreateStoreAsync()
    {
        var db = Moto.Clients().DynamoDb();
        return new DynamoDbAskStore(db, await Moto.CreateTablesAsync(db));
    }
}

public sealed class DynamoDbFeedbackStoreContractTests : FeedbackStoreContract
{
    protected override async Task<IFeedbackStore> CreateStoreAsync()
    {
        var db = Moto.Clients().DynamoDb();
        return new DynamoDbFeedbackStore(db, await Moto.CreateTablesAsync(db));
    }
}

public sealed class DynamoDbAskAnswerReaderContractTests : AskAnswerReaderContract
{
    protected override async Task<(IAskStore Asks, IFeedbackStore Feedback, IAskAnswerReader Reader)> CreateAsync()
    {
        var db = Moto.Clients().DynamoDb();
        var tables = await Moto.CreateTablesAsync(db);
        return (new DynamoDbAskStore(db, tables), new DynamoDbFeedbackStore(db, tables), new DynamoDbAskAnswerReader(db, tables));
    }
}

public sealed class DynamoDbAuditLogContractTests : AuditLogContract
{
    protected override async Task<IAuditLog> CreateLogAsync()
    {
        var db = Moto.Clients().DynamoDb();
        return new DynamoDbAuditLog(db, await Moto.CreateTablesAsync(db));
    }
}

public sealed class DynamoDbSuppressionListContractTests : SuppressionListContract
{
    protected override async Task<ISuppressionList> CreateListAsync()
    {
        var db = Moto.Clients().DynamoDb();
        return new DynamoDbSuppressionList(db, await Moto.CreateTablesAsync(db));
    }
}

public sealed class S3BlobStoreContractTests : BlobStoreContract
{
    protected override async Task<IBlobStore> CreateStoreAsync() => await S3AndSsmTests.NewBlobStoreAsync();
}
