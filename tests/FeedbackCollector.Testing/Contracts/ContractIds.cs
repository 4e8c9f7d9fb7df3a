namespace FeedbackCollector.Testing.Contracts;

/// <summary>
/// Unique ids and millisecond-precise times for contract tests, so suites can share one table or
/// bucket across tests (DynamoDB, S3) without seeing each other's rows.
/// </summary>
public static class ContractIds
{
    public static string Unique(string prefix) => prefix + Guid.NewGuid().ToString("N")[..16];

    /// <summary>A time with milliseconds and a non-UTC offset: adapters must keep the instant to the millisecond.</summary>
    public static DateTimeOffset At(int year, int month, int day, int hour, int minute, int second = 0, int ms = 0, int offsetHours = 8) =>
        new(year, month, day, hour, minute, second, ms, TimeSpan.FromHours(offsetHours));

    public static CancellationToken Ct => TestContext.Current.CancellationToken;
}
