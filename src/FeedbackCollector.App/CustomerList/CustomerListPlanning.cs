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
/// <param name="OwnerTold">How the owner was told of the problems; null when there were none.</param>
public sealed record CustomerListReport(int Rows, int Planned, int AlreadyPlanned, int NotPlanned, IReadOnlyList<DocProblem> Problems,
    SendResult? OwnerTold)
{
    public bool HasErrors => Problems.Any(p => p.Severity == ProblemSeverity.Error);
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
/// </remarks>
public sealed class CustomerListPlanning(VisitIntake intake, OwnerDocs docs, IOwnerNotifier owner, IBlobStore blobs, Action<string> log)
{
    /// <summary>Ask ids of rows intake has taken (planned, or written as not planned), one a line, in the customers area.</summary>
    public const string PlannedKey = "customer-list/planned-ids";

    /// <summary>At most this many rows are listed in the owner's message; the rest are counted.</summary>
    public const int ProblemsShown = 25;

    /// <param name="list">The list's bytes as exported (CSV).</param>
    /// <param name="name">What the owner calls it, for the message ("your customer sheet", "customers.csv").</param>
    public async Task<CustomerListReport> RunAsync(ReadOnlyMemory<byte> list, string name, CancellationToken ct = default)
    {
        var zone = NodaTime.DateTimeZoneProviders.Tzdb[(await docs.LoadAsync(ct)).Rules.TimeZone];
        var reading = CustomerListReader.Read(list.Span, zone);
        int planned = 0, already = 0, notPlanned = 0;
        var taken = await LoadTakenAsync(ct);
        var known = taken.Count;
        foreach (var (_, visit) in reading.Visits)
        {
            // A row repeated in the list (a retried sale appended twice), or taken at an earlier change, collapses here by its ask id.
            if (taken.Contains(visit.AskId)) { already++; continue; }
            var result = await intake.AcceptAsync(visit, ct);
            taken.Add(visit.AskId);
            _ = result.Status switch { IntakeStatus.Planned => planned++, IntakeStatus.Duplicate => already++, _ => notPlanned++ };
        }
        if (taken.Count > known) await blobs.PutAsync(BlobArea.Customers, PlannedKey, Encoding.UTF8.GetBytes(string.Join('\n', taken)), "text/plain", ct);
        var told = reading.Problems.Count == 0 ? null : await TellOwnerAsync(name, reading.Problems, ct);
        log($"customer list {name}: {reading.Rows} rows, {planned} planned, {already} already planned, {notPlanned} not planned, "
            + $"{reading.Problems.Count} problems" + (told is null ? "" : told.Sent ? ", owner told" : ", owner NOT reached: " + told.Error));
        return new CustomerListReport(reading.Rows, planned, already, notPlanned, reading.Problems, told);
    }

    private async Task<HashSet<string>> LoadTakenAsync(CancellationToken ct) =>
        await blobs.GetAsync(BlobArea.Customers, PlannedKey, ct) is { } bytes
            ? new HashSet<string>(Encoding.UTF8.GetString(bytes).Split('\n', StringSplitOptions.RemoveEmptyEntries), StringComparer.Ordinal)
            : new HashSet<string>(StringComparer.Ordinal);

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
