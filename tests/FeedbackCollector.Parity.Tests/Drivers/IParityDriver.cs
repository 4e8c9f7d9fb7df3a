using FeedbackCollector.App;
using FeedbackCollector.Core.Model;

namespace FeedbackCollector.Parity.Tests.Drivers;

/// <summary>
/// One host of the flow, driven the way its triggers drive it: the local host in-process over SQLite and the outbox,
/// or the Lambda roles' handlers over the AWS adapters on moto_server. Scenarios see only this.
/// </summary>
public interface IParityDriver : IAsyncDisposable
{
    string Name { get; }

    /// <summary>Both drivers start at <see cref="ParityWorld.Start"/>; scenarios move time only through here.</summary>
    void Advance(TimeSpan by);

    Task SeedAsync(string rules, string voice);

    Task PlanAsync(Visit visit);

    /// <summary>Runs every one-off job (ask, follow-up) that is due now, once.</summary>
    Task FireDueJobsAsync();

    Task<PageSeen> GetAsync(string path);

    Task<PageSeen> PostAsync(string path, string form);

    /// <summary>Keeps the raw MIME where the host's inbound path keeps it, then triggers that path; returns its outcome word.</summary>
    Task<string> DeliverReplyAsync(string name, string mime, string envelopeRecipient);

    /// <summary>The owner's customer list as this host takes it (serve: customers.csv, watched; Lambda: the mirrored customers.csv's S3 event).</summary>
    Task PlanCustomerListAsync(string csv);

    Task SweepAsync();

    Task SummarizeAsync();

    Task<RowsSeen> RowsAsync(string customerId, string askId, string email);

    /// <summary>The raw MIME of every message sent so far.</summary>
    Task<IReadOnlyList<string>> SentMailAsync();

    /// <summary>An erasure request through the host's own door (the CLI's use case; request-builder's direct invoke); the report's JSON.</summary>
    Task<string> EraseAsync(string contact);

    /// <summary>An export request through the host's own door; the export's JSON.</summary>
    Task<string> ExportAsync(string contact);

    /// <summary>The stores as the host's flow reads them (for the month's figures).</summary>
    Task<IFlowAdapters> StoresAsync();

    /// <summary>
    /// Every place the host keeps data (locally every file of the data folder, the SQLite file read as bytes; on AWS every
    /// DynamoDB item, every version of every S3 object and every schedule) that contains one of the texts, case-insensitively.
    /// </summary>
    Task<IReadOnlyList<string>> FindAsync(IReadOnlyList<string> texts);
}
