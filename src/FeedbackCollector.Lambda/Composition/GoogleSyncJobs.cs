using FeedbackCollector.App;
using FeedbackCollector.App.Settings;
using FeedbackCollector.Aws.S3;
using FeedbackCollector.Google;
using FeedbackCollector.Google.Calendar;
using FeedbackCollector.Google.Drive;
using FeedbackCollector.Lambda.UseCases;

namespace FeedbackCollector.Lambda.Composition;

/// <summary>
/// drive-sync and calendar-sync over Google's REST APIs with the fc/drive/sa service account. What they find
/// goes into the flow: owner docs through FlowApp's OwnerDocs (same validation as anywhere), the customer sheet as
/// the customers bucket's customers.csv (planned by request-builder), calendar visits through the hand-off to request-builder.
/// </summary>
internal sealed class GoogleSyncJobs(AwsPlumbing aws, ConfigSnapshot config, FlowApp app, TimeProvider clock)
{
    /// <summary>File ids from /fc/config/: drive_rules_file_id, drive_voice_file_id, sheet_id; each optional. The sheet is mirrored
    /// as customers.csv (request-builder plans it on the S3 event), so drive-sync needs Drive's read-only scope only.
    /// The service account is read only when one is set, so a deployment without Drive still checks uploaded docs.</summary>
    public ISyncJob Drive()
    {
        var blobs = new S3BlobStore(aws.Sdk.S3(), aws.Buckets);
        var (rulesId, voiceId, sheetId) = (config.Optional(SettingNames.DriveRulesFileId), config.Optional(SettingNames.DriveVoiceFileId),
            config.Optional(SettingNames.SheetId));
        if (rulesId is null && voiceId is null && sheetId is null) return new DriveSyncJob(app.DocEdits, blobs, null);
        var key = config.Secret(RoleSecrets.DriveServiceAccount);
        var drive = new GoogleDocsText(AwsPlumbing.Http, aws.GoogleCredential(key, GoogleScopes.DriveReadOnly), aws.Google);
        var sheet = sheetId is null ? null : new SheetMirror(drive, sheetId, blobs);
        return new DriveSyncJob(app.DocEdits, blobs, new DriveSources(drive, rulesId, voiceId, sheet));
    }

    /// <summary>The calendars of /fc/config/calendar_ids (none: "not-configured"); their cursors are kept in the customers bucket.</summary>
    public ISyncJob Calendar()
    {
        var blobs = new S3BlobStore(aws.Sdk.S3(), aws.Buckets);
        var ids = CalendarIds(config.Optional(SettingNames.CalendarIds));
        if (ids.Count == 0) return new CalendarSyncJob([], blobs, app.Handoff);
        var credential = aws.GoogleCredential(config.Secret(RoleSecrets.DriveServiceAccount), GoogleScopes.CalendarReadOnly);
        return new CalendarSyncJob([.. ids.Select(id => new CalendarFeed(id,
            new GoogleCalendarCustomerSource(AwsPlumbing.Http, credential, id, clock, endpoints: aws.Google)))], blobs, app.Handoff);
    }

    /// <summary>calendar_ids as the operator wrote it: ids separated by commas (or spaces, or lines), each once.</summary>
    public static IReadOnlyList<string> CalendarIds(string? setting) =>
        [.. (setting ?? "").Split([',', ' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries).Distinct(StringComparer.Ordinal)];
}
