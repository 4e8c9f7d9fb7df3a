using System.Text;
using FeedbackCollector.Core.CustomerList;
using FeedbackCollector.Core.Flow;
using FeedbackCollector.Core.Model;
using FeedbackCollector.Core.Ports;
using FeedbackCollector.Core.Rules;

namespace FeedbackCollector.App.CustomerList;

/// <summary>What one planning of the customer list did.</summary>
/// <param name="Rows">Data rows seen.</param>
/// <param name="AlreadyPlanned">Rows whose ask id was planned before (an unchanged row, a re-read, a restored old version, a duplicate row).</param>
/// <param name="Problems">Rows not planned and why, by row number; the owner was told of them in one message.</param>
/// <param name="OwnerTold">How the owner was told of the problems; null when there were none, or when an earlier run of this version told them.</param>
public sealed record CustomerListReport(int Rows, int Planned, int AlreadyPlanned, int NotPlanned, IReadOnlyList<DocProblem> Problems,
    SendResult? OwnerTold)
{
    public bool HasErrors => Problems.Any(p => p.Severity == ProblemSeverity.Error);

    /// <summary>Where a continuation begins (an index among the readable rows); null when this run reached the end of the list.</summary>
    public int? Next { get; init; }

    /// <summary>The version this run planned (the mirror's S3 version id); null for a list without versions.</summary>
    public string? Version { get; init; }

    /// <summary>The run's version was replaced by a newer one before it ran: it planned nothing (the newer version's own run plans every row).</summary>
    public bool Superseded { get; init; }
}

/// <summary>Where one run of the customer list begins and what it may spend.</summary>
/// <param name="Version">The list's version; the owner hears of its bad rows once per version. Null: at every run (serve runs once per change).</param>
/// <param name="Start">Index, among the list's readable rows, of the first row this run looks at (0: the beginning).</param>
public sealed record CustomerListRun(string? Version, int Start, ChunkBudget Budget)
{
    /// <summary>The whole list in one run (serve: one process, no timeout).</summary>
    public static CustomerListRun Whole { get; } = new(null, 0, ChunkBudget.Unlimited);
}

/// <summary>
/// Plans the whole customer list (the mirrored sheet on AWS, customers.csv locally) by each row's natural key, never
/// by row number: every row that can be planned is handed to intake, which keeps one ask per ask id, so an unchanged
/// row, a sorted sheet, a row inserted above others or an older version restored plans nothing twice, and a new
/// row anywhere is planned once. Rows that cannot be planned reach the owner in one message per run (row numbers and
/// reasons, capped), through the owner notifier (Slack, else email).
/// </summary>
/// <remarks>
/// The ask ids intake has already written a row for are kept beside the list (<see cref="PlannedKey"/>), so an unchanged
/// row of a long sheet costs no store call at the next change. The index only saves work: intake's conditional write is
/// what keeps one ask per visit, so a lost or stale index re-reads rows and plans nothing twice.
/// A run may be bounded (<see cref="ChunkBudget"/>: on Lambda a long first sync does not fit one invocation); it then
/// saves the index and reports where the rest begins (<see cref="CustomerListReport.Next"/>) for its host to continue.
/// </remarks>
public sealed class CustomerListPlanning(VisitIntake intake, OwnerDocs docs, IOwnerNotifier owner, IBlobStore blobs, TimeProvider time,
    Action<string> log)
{
    /// <summary>The customer list's key in the customers area: drive-sync's mirror of the owner's sheet.</summary>
    public const string MirrorKey = "customers.csv";

    /// <summary>Ask ids of rows intake has taken (planned, or written as not planned), one a line, in the customers area.</summary>
    public const string PlannedKey = "customer-list/planned-ids";

    /// <summary>At most this many rows are listed in the owner's message; the rest are counted.</summary>
    public const int ProblemsShown = 25;

    /// <summary>
    /// New rows handed to intake together (one read of their customers' asks and suppressions, one write of their asks
    /// and jobs). Small enough that a batch on Lambda, whose writes stay one conditional call each, ends well inside
    /// <see cref="ChunkBudget.DefaultReserve"/>; the budget is looked at between batches.
    /// </summary>
    public const int BatchRows = 50;

    /// <summary>The version whose problems the owner was last told of, so a list planned in several runs is reported once.</summary>
    public const string ToldKey = "customer-list/told-version";

    /// <summary>The whole list in one run (serve).</summary>
    /// <param name="list">The list's bytes as exported (CSV).</param>
    /// <param name="name">What the owner calls it, for the message ("your customer sheet", "customers.csv").</param>
    public Task<CustomerListReport> RunAsync(ReadOnlyMemory<byte> list, string name, CancellationToken ct = default) =>
        RunAsync(list, name, CustomerListRun.Whole, ct);

    /// <summary>
    /// One run of the mirrored list kept in the customers area under <paramref name="key"/> (drive-sync's customers.csv).
    /// A run for a version that is no longer the current one is superseded and plans nothing: the newer version has
    /// its own run from the beginning, and every row of it is planned there.
    /// </summary>
    public async Task<CustomerListReport> RunMirrorAsync(string key, string name, CustomerListRun run, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(run);
        // The stamp is read before the bytes: a newer version landing between the two is planned under the older stamp,
        // whose continuation then finds itself superseded, while the newer version's own run covers every row.
        var current = await blobs.StampAsync(BlobArea.Customers, key, ct) ?? throw new TransientFailureException($"{key} is not in the customers area yet");
        if (run.Version is { } wanted && wanted != current)
        {
            log($"customer list {name}: version {wanted} superseded by {current}; nothing planned from row {run.Start}");
            return new CustomerListReport(0, 0, 0, 0, [], null) { Version = wanted, Superseded = true };
        }
        var list = await blobs.GetAsync(BlobArea.Customers, key, ct) ?? throw new TransientFailureException($"{key} is not in the customers area yet");
        return await RunAsync(list, name, run with { Version = current }, ct);
    }

    /// <summary>One run of the list: from <see cref="CustomerListRun.Start"/> until the end or until the budget is spent.</summary>
    public async Task<CustomerListReport> RunAsync(ReadOnlyMemory<byte> list, string name, CustomerListRun run, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(run);
        var current = await docs.LoadAsync(ct);
        var reading = CustomerListReader.Read(list.Span, NodaTime.DateTimeZoneProviders.Tzdb[current.Rules.TimeZone]);
        int planned = 0, already = 0, notPlanned = 0, handed = 0;
        var taken = await LoadTakenAsync(ct);
        var next = Math.Clamp(run.Start, 0, reading.Visits.Count);
        // Only rows handed to intake spend the budget: a row already taken costs no store call.
        for (int room; next < reading.Visits.Count && (room = run.Budget.Room(handed, time.GetUtcNow(), BatchRows)) > 0;)
        {
            var batch = new List<Visit>(room);
            for (; next < reading.Visits.Count && batch.Count < room; next++)
            {
                var visit = reading.Visits[next].Visit;
                // A row repeated in the list (a retried sale appended twice), or taken at an earlier change, collapses here by its ask id.
                if (taken.Add(visit.AskId)) batch.Add(visit);
                else already++;
            }
            handed += batch.Count;
            foreach (var result in await intake.AcceptBatchAsync(batch, current, ct))
            {
                _ = result.Status switch { IntakeStatus.Planned => planned++, IntakeStatus.Duplicate => already++, _ => notPlanned++ };
            }
        }
        if (handed > 0) await blobs.PutAsync(BlobArea.Customers, PlannedKey, Encoding.UTF8.GetBytes(string.Join('\n', taken)), "text/plain", ct);
        var told = reading.Problems.Count == 0 || !await FirstTellingAsync(run.Version, ct) ? null : await TellOwnerAsync(name, reading.Problems, run.Version, ct);
        var rest = next < reading.Visits.Count ? next : (int?)null;
        log($"customer list {name}: {reading.Rows} rows, from {run.Start}: {planned} planned, {already} already planned, {notPlanned} not planned, "
            + $"{reading.Problems.Count} problems" + (told is null ? "" : told.Sent ? ", owner told" : ", owner NOT reached: " + told.Error)
            + (rest is null ? "" : $"; continues at {rest} of {reading.Visits.Count}"));
        return new CustomerListReport(reading.Rows, planned, already, notPlanned, reading.Problems, told) { Next = rest, Version = run.Version };
    }

    /// <summary>Whether this run is the first of its version to report problems (always, for a list without versions).</summary>
    private async Task<bool> FirstTellingAsync(string? version, CancellationToken ct) =>
        version is null || await blobs.GetAsync(BlobArea.Customers, ToldKey, ct) is not { } told || Encoding.UTF8.GetString(told) != version;

    private async Task<HashSet<string>> LoadTakenAsync(CancellationToken ct) =>
        await blobs.GetAsync(BlobArea.Customers, PlannedKey, ct) is { } bytes
            ? new HashSet<string>(Encoding.UTF8.GetString(bytes).Split('\n', StringSplitOptions.RemoveEmptyEntries), StringComparer.Ordinal)
            : new HashSet<string>(StringComparer.Ordinal);

    private async Task<SendResult> TellOwnerAsync(string name, IReadOnlyList<DocProblem> problems, string? version, CancellationToken ct)
    {
        var told = await TellOwnerAsync(name, problems, ct);
        // Marked even when the owner was not reached: the alert has counted it, and every later run of the version would fail the same way.
        if (version is not null) await blobs.PutAsync(BlobArea.Customers, ToldKey, Encoding.UTF8.GetBytes(version), "text/plain", ct);
        return told;
    }

    private async Task<SendResult> TellOwnerAsync(string name, IReadOnlyList<DocProblem> problems, CancellationToken ct)
    {
        var lines = problems.Take(ProblemsShown).Select(Line).ToList();
        if (problems.Count > ProblemsShown) lines.Add($"… and {problems.Count - ProblemsShown} more");
        var errors = problems.Count(p => p.Severity == ProblemSeverity.Error);
        var text = (errors == 0 ? $"Your {name} was read; a note about it:\n" : $"Some rows of your {name} could not be planned; every other row was. Fix these rows and they are picked up at the next change:\n")
            + string.Join('\n', lines);
        return await owner.NotifyAsync(new OwnerPing("owner", "customer-list", $"{name}: {errors} rows not planned", text, []), ct);
    }

    private static string Line(DocProblem p) => p.Line <= 1 && p.Message.StartsWith("the ", StringComparison.Ordinal)
        ? p.Message
        : $"row {p.Line}: {p.Message}";
}
