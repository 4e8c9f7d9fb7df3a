using System.Text;
using FeedbackCollector.App;
using FeedbackCollector.Core.Flow;
using FeedbackCollector.Core.Ports;
using FeedbackCollector.Google;
using FeedbackCollector.Lambda.UseCases;

namespace FeedbackCollector.Lambda.Composition;

/// <summary>One configured calendar and the source that reads it.</summary>
internal sealed record CalendarFeed(string CalendarId, ICustomerSource Source);

/// <summary>
/// calendar-sync: finished bookings from each configured calendar to request-builder, each calendar read since its own
/// cursor (cursors/calendars/&lt;id&gt; in the customers bucket). A calendar Google will not give us (404, 403, 5xx, a
/// timeout) is skipped for this run: its cursor stays, so the next run reads from the same point, while the others go
/// on. Each failure is a warning line and a CalendarSyncFailed metric; the owner is told once per failing streak
/// (<see cref="FailureStreak"/>, kept beside the cursor) through request-builder, which has the owner's channels.
/// Without calendar_ids the run answers "not-configured".
/// </summary>
internal sealed class CalendarSyncJob(IReadOnlyList<CalendarFeed> calendars, IBlobStore blobs, IFlowHandoff handoff) : ISyncJob
{
    public async Task<StepOutcome> RunAsync(CancellationToken ct)
    {
        if (calendars.Count == 0) return new StepOutcome("not-configured");
        var visits = 0;
        var warnings = new List<string>();
        foreach (var calendar in calendars)
        {
            try
            {
                visits += await new VisitSync(calendar.Source, blobs, CursorKey(calendar.CalendarId), handoff).RunAsync(ct);
                await ClearStreakAsync(calendar.CalendarId, ct);
            }
            catch (GoogleApiException error)
            {
                warnings.Add($"calendar {calendar.CalendarId} not read ({Describe(error)}); the others were, and its cursor stays");
                await CountFailureAsync(calendar.CalendarId, error, ct);
            }
        }
        var word = warnings.Count == 0 ? "synced" : warnings.Count == calendars.Count ? "calendars-failed" : "partly-synced";
        return new StepOutcome(word, Count: visits)
        {
            Alerts = [.. warnings.Select(_ => Logging.OwnerAlerts.CalendarSyncFailed)],
            Warnings = warnings,
        };
    }

    /// <summary>Where a calendar's cursor is kept: its id (escaped but for '@', so the key still reads as the id) under cursors/.</summary>
    public static string CursorKey(string calendarId) =>
        "cursors/calendars/" + Uri.EscapeDataString(calendarId).Replace("%40", "@", StringComparison.Ordinal);

    public static string StreakKey(string calendarId) => CursorKey(calendarId) + ".failing";

    private async Task CountFailureAsync(string calendarId, GoogleApiException error, CancellationToken ct)
    {
        var stored = await blobs.GetAsync(BlobArea.Customers, StreakKey(calendarId), ct);
        var (next, tell) = FailureStreak.Parse(stored is null ? null : Encoding.UTF8.GetString(stored)).After(error.IsTransient);
        // Told first, remembered after: a run that dies between them tells the owner again rather than never.
        if (tell) await handoff.TellOwnerAsync(Notice(calendarId, error, next), ct);
        await blobs.PutAsync(BlobArea.Customers, StreakKey(calendarId), Encoding.UTF8.GetBytes(next.Format()), "text/plain", ct);
    }

    private async Task ClearStreakAsync(string calendarId, CancellationToken ct)
    {
        var stored = await blobs.GetAsync(BlobArea.Customers, StreakKey(calendarId), ct);
        if (stored is null || FailureStreak.Parse(Encoding.UTF8.GetString(stored)) == FailureStreak.None) return;
        await blobs.PutAsync(BlobArea.Customers, StreakKey(calendarId), Encoding.UTF8.GetBytes(FailureStreak.None.Format()), "text/plain", ct);
    }

    private static OwnerPing Notice(string calendarId, GoogleApiException error, FailureStreak streak) =>
        new("owner", "calendar-sync", $"Calendar {calendarId} cannot be read",
            $"Bookings in the calendar {calendarId} are not being read ({Describe(error)}; {streak.Failures} run(s) in a row). "
            + (error.StatusCode is 403 or 404
                ? "Check that the calendar still exists and is shared with the service account. "
                : "Google may be having trouble; it is tried again every hour. ")
            + "No feedback asks go out for its bookings until it can be read; your other calendars are not affected, "
            + "and nothing is lost: once it can be read again, it is read from where it stopped.", []);

    private static string Describe(GoogleApiException error) =>
        error.StatusCode is { } status ? $"Google answered {status}" : $"Google could not be reached: {error.ErrorCode ?? "no answer"}";
}
