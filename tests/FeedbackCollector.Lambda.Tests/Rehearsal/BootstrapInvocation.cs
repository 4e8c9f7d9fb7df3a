using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using FeedbackCollector.Lambda.Tests.Support;

namespace FeedbackCollector.Lambda.Tests.Rehearsal;

/// <summary>What one invocation of the bootstrap answered: its response document, the outcome and alerts its log lines name.</summary>
internal sealed record BootstrapAnswer(JsonNode Response, string Outcome, IReadOnlyList<string> Alerts);

/// <summary>
/// One invocation played through the published x64 bootstrap, as a cold Lambda execution environment: a process started
/// with only the given environment plus the Runtime API address and the test clock's start (FC_TEST_CLOCK_START), one
/// event fed through a fake Runtime API, and the process ended once it asked for the next event (all its lines written).
/// </summary>
internal static class BootstrapInvocation
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(60);

    /// <exception cref="InvalidOperationException">Init or the invocation failed; the message carries the bootstrap's error.</exception>
    public static async Task<BootstrapAnswer> RunAsync(string bootstrap, IReadOnlyDictionary<string, string?> environment, DateTimeOffset start, byte[] payload)
    {
        var ticking = Stopwatch.StartNew();
        await using var runtime = new FakeRuntimeApiServer(() => start + ticking.Elapsed);
        var variables = new Dictionary<string, string?>(environment, StringComparer.Ordinal)
        {
            ["AWS_LAMBDA_RUNTIME_API"] = runtime.Address,
            ["FC_TEST_CLOCK_START"] = start.ToString("O", CultureInfo.InvariantCulture),
        };
        using var process = BootstrapProcess.Start(bootstrap, variables, onlyGiven: true);
        var id = runtime.Enqueue(payload);
        var answered = runtime.ResultOf(id, Wait);
        var initFailed = runtime.InitError(Wait);
        await Task.WhenAny(answered, initFailed, process.ExitCodeAsync(Wait));
        await WhenIdleAsync(runtime, process);
        var lines = process.StopAndReadAll();
        if (initFailed.IsCompletedSuccessfully) throw Failure("init", initFailed.Result.Body, lines);
        if (!answered.IsCompletedSuccessfully) throw new InvalidOperationException("the bootstrap posted no answer:\n" + string.Join('\n', lines));
        if (answered.Result.IsError) throw Failure("invocation", answered.Result.Body, lines);
        var logged = lines.Select(TryParse).OfType<JsonObject>().ToList();
        var outcome = logged.Where(l => (string?)l["unit"] == "invoke" && (string?)l["requestId"] == id).Select(l => (string?)l["outcome"]).LastOrDefault()
            ?? throw new InvalidOperationException("the bootstrap logged no line for its invocation:\n" + string.Join('\n', lines));
        var alerts = logged.Select(l => (string?)l["alert"]).OfType<string>().ToList();
        return new BootstrapAnswer(JsonNode.Parse(answered.Result.Body)!, outcome, alerts);
    }

    /// <summary>The loop writes its outcome and alert lines before it asks for the next event, or it has exited.</summary>
    private static async Task WhenIdleAsync(FakeRuntimeApiServer runtime, BootstrapProcess process)
    {
        var until = Stopwatch.StartNew();
        while (runtime.NextCalls < 2 && !process.HasExited && until.Elapsed < TimeSpan.FromSeconds(10)) await Task.Delay(20);
    }

    private static InvalidOperationException Failure(string stage, string body, IReadOnlyList<string> lines)
    {
        var error = TryParse(body);
        return new InvalidOperationException($"{stage} failed: {(string?)error?["errorType"]}: {(string?)error?["errorMessage"] ?? body}"
            + "\n" + string.Join('\n', lines.TakeLast(20)));
    }

    private static JsonNode? TryParse(string line)
    {
        try { return line.StartsWith('{') ? JsonNode.Parse(line) : null; }
        catch (System.Text.Json.JsonException) { return null; }
    }
}
