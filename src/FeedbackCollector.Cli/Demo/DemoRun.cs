namespace FeedbackCollector.Cli.Demo;

internal static class DemoRun
{
    public static Task<int> RunAsync(bool json, string dataDir, CancellationToken ct) => Task.FromResult(0);
}
