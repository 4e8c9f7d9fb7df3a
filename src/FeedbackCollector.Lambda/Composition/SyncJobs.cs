using System.Text;
using System.Text.Json;
using FeedbackCollector.Core.Flow;
using FeedbackCollector.Core.Model;
using FeedbackCollector.Core.Ports;
using FeedbackCollector.Google.Drive;
using FeedbackCollector.Lambda.Events;
using FeedbackCollector.Lambda.Roles;
using FeedbackCollector.Lambda.UseCases;

namespace FeedbackCollector.Lambda.Composition;

/// <summary>
/// Reads a customer source since the cursor kept in S3 and hands new visits to request-builder
/// (plan-visits, in chunks). The cursor moves only after the hand-off, so a failed run is read again;
/// request-builder is idempotent by ask id, so a re-read adds nothing.
/// </summary>
internal sealed class VisitSync(ICustomerSource source, IBlobStore blobs, string cursorKey, IRoleInvoker invoker)
{
    private const int Chunk = 200;

    public async Task<int> RunAsync(CancellationToken ct)
    {
        var stored = await blobs.GetAsync(BlobArea.Customers, cursorKey, ct);
        var batch = await source.ReadSinceAsync(stored is null ? null : Encoding.UTF8.GetString(stored), ct);
        foreach (var chunk in batch.Visits.Chunk(Chunk))
        {
            var invoke = new DirectInvoke(DirectInvokeKinds.PlanVisits, Visits: chunk.Select(Payload).ToArray());
            await invoker.InvokeAsync(Role.RequestBuilder, JsonSerializer.SerializeToUtf8Bytes(invoke, LambdaEventsJsonContext.Default.DirectInvoke), ct);
        }
        if (batch.NextCursor is { } next) await blobs.PutAsync(BlobArea.Customers, cursorKey, Encoding.UTF8.GetBytes(next), "text/plain", ct);
        return batch.Visits.Count;
    }

    private static VisitPayload Payload(Visit v) =>
        new(v.Source, v.SourceId, v.Customer.CustomerId, v.Customer.FirstName, v.Customer.Email, v.Customer.Phone, v.VisitType, v.EndedAt);
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
    private ISyncJob? _job;

    public Task<StepOutcome> RunAsync(CancellationToken ct) => (_job ??= build()).RunAsync(ct);
}
