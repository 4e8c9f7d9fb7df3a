using System.Text;
using FeedbackCollector.App;
using FeedbackCollector.Core.Flow;
using FeedbackCollector.Core.Ports;
using FeedbackCollector.Google.Drive;
using FeedbackCollector.Lambda.UseCases;

namespace FeedbackCollector.Lambda.Composition;

/// <summary>
/// Reads a customer source since the cursor kept in S3 and hands new visits to the planner (request-builder,
/// in chunks), and what the source took back (a cancelled booking) to request-builder's withdraw. The cursor
/// moves only after the hand-offs, so a failed run is read again; planning and withdrawing are idempotent by
/// ask id, so a re-read adds nothing.
/// </summary>
internal sealed class VisitSync(ICustomerSource source, IBlobStore blobs, string cursorKey, IFlowHandoff handoff)
{
    public async Task<int> RunAsync(CancellationToken ct)
    {
        var stored = await blobs.GetAsync(BlobArea.Customers, cursorKey, ct);
        var batch = await source.ReadSinceAsync(stored is null ? null : Encoding.UTF8.GetString(stored), ct);
        await handoff.PlanAsync(batch.Visits, ct);
        if (batch.Withdrawals is { Count: > 0 } withdrawals) await handoff.WithdrawAsync(withdrawals, ct);
        if (batch.NextCursor is { } next) await blobs.PutAsync(BlobArea.Customers, cursorKey, Encoding.UTF8.GetBytes(next), "text/plain", ct);
        return batch.Visits.Count;
    }
}

/// <summary>
/// drive-sync: the owner's rules.txt and voice.txt from Google Drive, parsed only when the file changed
/// (DriveFileInfo.ChangeKey, remembered in the rules bucket), then the customer sheet's new rows.
/// </summary>
internal sealed class DriveSyncJob(GoogleDocsText drive, OwnerDocs docs, IBlobStore blobs, string? rulesFileId, string? voiceFileId,
    VisitSync? sheet) : ISyncJob
{
    public async Task<StepOutcome> RunAsync(CancellationToken ct)
    {
        var changed = 0;
        if (rulesFileId is not null && await SyncDocAsync(OwnerDocs.RulesName, rulesFileId, docs.UpdateRulesAsync, ct)) changed++;
        if (voiceFileId is not null && await SyncDocAsync(OwnerDocs.VoiceName, voiceFileId, docs.UpdateVoiceAsync, ct)) changed++;
        var visits = sheet is null ? 0 : await sheet.RunAsync(ct);
        return new StepOutcome(changed > 0 ? "docs-updated" : "synced", Count: visits);
    }

    private async Task<bool> SyncDocAsync(string doc, string fileId, Func<string, CancellationToken, Task<DocUpdate>> update, CancellationToken ct)
    {
        var info = await drive.GetInfoAsync(fileId, ct);
        var key = $"drive/{doc}.changekey";
        var seen = await blobs.GetAsync(BlobArea.Rules, key, ct);
        if (seen is not null && Encoding.UTF8.GetString(seen) == info.ChangeKey) return false;
        await update(await drive.ReadTextAsync(info, ct), ct);
        // Remembered whether or not the text was accepted: a rejected edit is reported once, not on every run.
        await blobs.PutAsync(BlobArea.Rules, key, Encoding.UTF8.GetBytes(info.ChangeKey), "text/plain", ct);
        return true;
    }
}

/// <summary>calendar-sync: finished bookings from the owner's Google Calendar to request-builder.</summary>
internal sealed class CalendarSyncJob(VisitSync calendar) : ISyncJob
{
    public async Task<StepOutcome> RunAsync(CancellationToken ct) => new("synced", Count: await calendar.RunAsync(ct));
}

/// <summary>Built on the first run, so a missing service account or setting fails that run (and is logged) rather than init.</summary>
internal sealed class LazySyncJob(Func<ISyncJob> build) : ISyncJob
{
    private ISyncJob? job;

    public Task<StepOutcome> RunAsync(CancellationToken ct) => (job ??= build()).RunAsync(ct);
}
