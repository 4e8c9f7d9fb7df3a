namespace FeedbackCollector.Local;

/// <summary>
/// Where the local runtime keeps its data. One folder holds everything, so backing up or moving a
/// deployment is copying one directory:
/// <code>
/// data/feedback.db      SQLite (asks, feedback, audit, suppression, schedule)
/// data/blobs/           versioned docs, customers.csv copies and raw inbound MIME (FolderBlobStore)
/// data/outbox/          .eml files written by OutboxMailer
/// data/relay-sends/     one small file per Message-ID handed to the SMTP relay (mail_mode = smtp)
/// data/state/           small state files (e.g. the hash of the customers.csv last planned)
/// data/customers.csv    the customer list: sales appended, watched and planned whole (CustomerListWatcher)
/// </code>
/// </summary>
public sealed record LocalPaths(string DataFolder)
{
    public string DatabaseFile => Path.Combine(DataFolder, "feedback.db");

    public string BlobsFolder => Path.Combine(DataFolder, "blobs");

    public string OutboxFolder => Path.Combine(DataFolder, "outbox");

    /// <summary>The local SMS outbox: one .sms file per text (the default SMS sender of `serve`).</summary>
    public string SmsOutboxFolder => Path.Combine(DataFolder, "sms-outbox");

    /// <summary>The SMTP relay mailer's journal of handed and accepted Message-IDs (RelaySendJournal).</summary>
    public string RelayJournalFolder => Path.Combine(DataFolder, "relay-sends");

    public string StateFolder => Path.Combine(DataFolder, "state");

    public string CustomersCsv => Path.Combine(DataFolder, "customers.csv");

    /// <summary>The cursor file of a watched source, e.g. CursorFile("customers").</summary>
    public string CursorFile(string sourceName) => Path.Combine(StateFolder, sourceName + ".cursor");

    /// <summary>Creates the folders (not the files); safe to call on every start.</summary>
    public LocalPaths EnsureCreated()
    {
        Directory.CreateDirectory(DataFolder);
        Directory.CreateDirectory(BlobsFolder);
        Directory.CreateDirectory(OutboxFolder);
        Directory.CreateDirectory(StateFolder);
        return this;
    }
}
