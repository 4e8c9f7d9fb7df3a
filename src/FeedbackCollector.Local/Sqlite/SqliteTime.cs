namespace FeedbackCollector.Local.Sqlite;

/// <summary>
/// Instants are stored as unix milliseconds (INTEGER): they sort and compare in SQL, and they
/// round-trip to the millisecond. Values come back in UTC (DateTimeOffset equality is by instant).
/// </summary>
internal static class SqliteTime
{
    public static long ToDb(DateTimeOffset value) => value.ToUnixTimeMilliseconds();

    public static object ToDb(DateTimeOffset? value) => value is { } v ? v.ToUnixTimeMilliseconds() : DBNull.Value;

    public static DateTimeOffset FromDb(long value) => DateTimeOffset.FromUnixTimeMilliseconds(value);

    public static object Nullable(string? value) => value is null ? DBNull.Value : value;
}
