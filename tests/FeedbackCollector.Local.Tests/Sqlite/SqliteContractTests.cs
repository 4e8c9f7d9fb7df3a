using FeedbackCollector.Core.Ports;
using FeedbackCollector.Local.Sqlite;
using FeedbackCollector.Local.Tests.TestSupport;
using FeedbackCollector.Testing.Contracts;

namespace FeedbackCollector.Local.Tests.Sqlite;

// Each SQLite adapter passes the core's contract suite for its port, against a freshly migrated file database.

public sealed class SqliteAskStoreTests : AskStoreContract, IDisposable
{
    private readonly TestDatabase _db = new();

    protected override async Task<IAskStore> CreateStoreAsync() => new SqliteAskStore(await _db.MigratedAsync());

    public void Dispose() => _db.Dispose();
}

public sealed class SqliteFeedbackStoreTests : FeedbackStoreContract, IDisposable
{
    private readonly TestDatabase _db = new();

    protected override async Task<IFeedbackStore> CreateStoreAsync() => new SqliteFeedbackStore(await _db.MigratedAsync());

    public void Dispose() => _db.Dispose();
}

public sealed class SqliteAskAnswerReaderTests : AskAnswerReaderContract, IDisposable
{
    private readonly TestDatabase _db = new();

    protected override async Task<(IAskStore Asks, IFeedbackStore Feedback, IAskAnswerReader Reader)> CreateAsync()
    {
        var factory = await _db.MigratedAsync();
        return (new SqliteAskStore(factory), new SqliteFeedbackStore(factory), new SqliteAskAnswerReader(factory));
    }

    public void Dispose() => _db.Dispose();
}

public sealed class SqliteAuditLogTests : AuditLogContract, IDisposable
{
    private readonly TestDatabase _db = new();

    protected override async Task<IAuditLog> CreateLogAsync() => new SqliteAuditLog(await _db.MigratedAsync());

    public void Dispose() => _db.Dispose();
}

public sealed class SqliteSuppressionListTests : SuppressionListContract, IDisposable
{
    private readonly TestDatabase _db = new();

    protected override async Task<ISuppressionList> CreateListAsync() => new SqliteSuppressionList(await _db.MigratedAsync());

    public void Dispose() => _db.Dispose();
}

public sealed class SqliteAskSchedulerContractTests : AskSchedulerContract, IDisposable
{
    private readonly TestDatabase _db = new();

    protected override async Task<IAskScheduler> CreateSchedulerAsync() => new SqliteAskScheduler(await _db.MigratedAsync());

    public void Dispose() => _db.Dispose();
}
