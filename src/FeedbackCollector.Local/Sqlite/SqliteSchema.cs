namespace FeedbackCollector.Local.Sqlite;

/// <summary>
/// The schema as ordered migrations. Add a new entry at the end for any change; never edit a
/// released one (databases in the field already ran it). Instants are unix ms INTEGERs (SqliteTime).
/// </summary>
public static class SqliteSchema
{
    public static IReadOnlyList<SqliteMigration> Migrations { get; } =
    [
        new(1, "asks, feedback, audit, suppression", """
            CREATE TABLE asks (
                customer_id TEXT NOT NULL,
                ask_id TEXT NOT NULL,
                contact_customer_id TEXT NOT NULL,
                first_name TEXT NOT NULL,
                email TEXT NULL,
                phone TEXT NULL,
                visit_type TEXT NOT NULL,
                visit_ended_at INTEGER NOT NULL,
                send_at INTEGER NOT NULL,
                status TEXT NOT NULL,
                sent_at INTEGER NULL,
                follow_up_sent_at INTEGER NULL,
                schedule_name TEXT NULL,
                last_error TEXT NULL,
                PRIMARY KEY (customer_id, ask_id)
            );
            CREATE INDEX asks_by_status ON asks (status, send_at);
            CREATE TABLE feedback (
                customer_id TEXT NOT NULL,
                ask_id TEXT NOT NULL,
                received_at INTEGER NOT NULL,
                channel TEXT NOT NULL,
                raw TEXT NOT NULL,
                bucket TEXT NOT NULL,
                reason TEXT NOT NULL,
                PRIMARY KEY (customer_id, ask_id)
            );
            CREATE INDEX feedback_by_time ON feedback (received_at);
            CREATE TABLE audit (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                customer_id TEXT NOT NULL,
                ts INTEGER NOT NULL,
                ask_id TEXT NOT NULL,
                bucket TEXT NULL,
                move TEXT NOT NULL,
                sent_via TEXT NULL,
                by_user TEXT NOT NULL,
                detail TEXT NULL
            );
            CREATE INDEX audit_by_time ON audit (ts, id);
            CREATE INDEX audit_by_ask ON audit (customer_id, ask_id, ts);
            CREATE TABLE suppression (
                address TEXT NOT NULL PRIMARY KEY,
                reason TEXT NOT NULL,
                added_at INTEGER NOT NULL
            );
            """),
        new(2, "durable schedule", """
            CREATE TABLE schedule (
                name TEXT NOT NULL PRIMARY KEY,
                kind TEXT NOT NULL,
                customer_id TEXT NOT NULL,
                ask_id TEXT NOT NULL,
                due_at INTEGER NOT NULL,
                claimed_at INTEGER NULL,
                done_at INTEGER NULL,
                attempts INTEGER NOT NULL DEFAULT 0,
                last_error TEXT NULL
            );
            CREATE INDEX schedule_due ON schedule (done_at, due_at);
            """),
        new(3, "raw key of a written reply", """
            ALTER TABLE feedback ADD COLUMN raw_key TEXT NULL;
            """),
    ];
}
