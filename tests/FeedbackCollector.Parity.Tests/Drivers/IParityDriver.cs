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
}
