using System.Text;
using FeedbackCollector.Core.CustomerList;
using FeedbackCollector.Core.Ports;
using FeedbackCollector.Google.Drive;

namespace FeedbackCollector.Lambda.Composition;

/// <summary>
/// The design's mirror of the owner's customer sheet: drive-sync asks Drive for the sheet's version and
/// modifiedTime (files.get) and, only when they changed since the last mirror, exports it as CSV (files.export
/// text/csv) and writes it as customers.csv to the versioned customers bucket, whose ObjectCreated event has
/// request-builder plan it. An unchanged sheet costs one small call and writes nothing; a bad Drive edit can be
/// rolled back by restoring an older object version (planning keys rows by natural key, so nothing is asked twice).
/// </summary>
internal sealed class SheetMirror(GoogleDocsText drive, string sheetId, IBlobStore blobs)
{
    /// <summary>The mirror's key in the customers bucket (the template's S3 event names it).</summary>
    public const string Key = App.CustomerList.CustomerListPlanning.MirrorKey;

    /// <summary>The sheet's Drive change key last mirrored (under cursors/, the only prefix drive-sync keeps state in).</summary>
    public const string SeenKey = "cursors/sheet.changekey";

    /// <summary>True when a new version of customers.csv was written.</summary>
    public async Task<bool> RunAsync(CancellationToken ct)
    {
        var info = await drive.GetInfoAsync(sheetId, ct);
        var seen = await blobs.GetAsync(BlobArea.Customers, SeenKey, ct);
        if (seen is not null && Encoding.UTF8.GetString(seen) == info.ChangeKey) return false;
        var csv = await drive.ExportCsvAsync(sheetId, (int)CustomerListReader.MaxBytes, ct);
        await blobs.PutAsync(BlobArea.Customers, Key, csv, "text/csv", ct);
        // Remembered after the write: a failed write is retried on the next run, a repeated one plans nothing new.
        await blobs.PutAsync(BlobArea.Customers, SeenKey, Encoding.UTF8.GetBytes(info.ChangeKey), "text/plain", ct);
        return true;
    }
}
