namespace FeedbackCollector.Google.Drive;

/// <summary>
/// What drive-sync needs to know whether a doc changed: Version rises on every change to the file,
/// ModifiedTime is the last edit. Compare <see cref="ChangeKey"/> with the one stored at the last parse.
/// </summary>
public sealed record DriveFileInfo(string Id, string? Name, string MimeType, DateTimeOffset ModifiedTime, long Version)
{
    public const string GoogleDocMimeType = "application/vnd.google-apps.document";

    public bool IsGoogleDoc => MimeType == GoogleDocMimeType;

    /// <summary>A short string that changes whenever the file does.</summary>
    public string ChangeKey => FormattableString.Invariant($"{Version}@{ModifiedTime.UtcDateTime:yyyy-MM-ddTHH:mm:ss.fffZ}");
}
