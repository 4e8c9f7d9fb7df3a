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
/// drive-sync: rules.txt and voice.txt uploaded to the rules bucket's incoming/ keys (checked every run), then the
/// owner's docs from Google Drive, parsed only when the file changed (DriveFileInfo.ChangeKey, remembered in the
/// rules bucket), then the customer sheet's mirror (<see cref="SheetMirror"/>). Both doc paths go through <see cref="OwnerDocEdits"/>: the
/// last good version stays and a refused edit is told to the owner. With no Drive file or sheet configured, Drive
/// is not called and the run answers "not-configured".
/// </summary>
internal sealed class DriveSyncJob(OwnerDocEdits edits, IBlobStore blobs, DriveSources? google) : ISyncJob
{
    public async Task<StepOutcome> RunAsync(CancellationToken ct)
    {
        var updates = new List<DocUpdate>(await edits.CheckUploadsAsync(ct));
        var mirrored = false;
        if (google is not null)
        {
            if (google.RulesFileId is { } rules && await SyncDocAsync(google.Drive, OwnerDocs.RulesName, rules, ct) is { } r) updates.Add(r);
            if (google.VoiceFileId is { } voice && await SyncDocAsync(google.Drive, OwnerDocs.VoiceName, voice, ct) is { } v) updates.Add(v);
            mirrored = google.Sheet is not null && await google.Sheet.RunAsync(ct);
        }
        var word = updates.Any(u => !u.Accepted) ? "docs-refused" : updates.Count > 0 ? "docs-updated"
            : google is null ? "not-configured" : mirrored ? "sheet-mirrored" : "synced";
        return new StepOutcome(word, Count: mirrored ? 1 : 0) { Alerts = Alerts(updates) };
    }

    /// <summary>A refused edit counts; one the owner could not be told of counts as an unreached owner too.</summary>
    private static string[] Alerts(List<DocUpdate> updates) =>
    [
        .. updates.Where(u => !u.Accepted).Select(_ => Logging.OwnerAlerts.DocEditRefused),
        .. updates.Where(u => u.OwnerTold is { Sent: false }).Select(_ => Logging.OwnerAlerts.OwnerNotReached),
    ];

    private async Task<DocUpdate?> SyncDocAsync(GoogleDocsText drive, string doc, string fileId, CancellationToken ct)
    {
        var info = await drive.GetInfoAsync(fileId, ct);
        var key = $"drive/{doc}.changekey";
        var seen = await blobs.GetAsync(BlobArea.Rules, key, ct);
        if (seen is not null && Encoding.UTF8.GetString(seen) == info.ChangeKey) return null;
        var update = await edits.ApplyAsync(doc, await drive.ReadTextAsync(info, ct), ct);
        // Remembered whether or not the text was accepted: a rejected edit is reported once, not on every run.
        await blobs.PutAsync(BlobArea.Rules, key, Encoding.UTF8.GetBytes(info.ChangeKey), "text/plain", ct);
        return update;
    }
}

/// <summary>What drive-sync reads from Google when any of drive_rules_file_id, drive_voice_file_id or sheet_id is set.</summary>
internal sealed record DriveSources(GoogleDocsText Drive, string? RulesFileId, string? VoiceFileId, SheetMirror? Sheet);

/// <summary>Built on the first run, so a missing service account or setting fails that run (and is logged) rather than init.</summary>
internal sealed class LazySyncJob(Func<ISyncJob> build) : ISyncJob
{
    private ISyncJob? _job;

    public Task<StepOutcome> RunAsync(CancellationToken ct) => (_job ??= build()).RunAsync(ct);
}
