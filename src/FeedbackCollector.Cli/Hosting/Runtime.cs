using System.Runtime.InteropServices;
using FeedbackCollector.Cli.Composition;
using Microsoft.AspNetCore.Builder;

namespace FeedbackCollector.Cli.Hosting;

/// <summary>
/// `serve`'s one process: the HTTP host, the reply listener, the scheduler loop and the CSV watcher,
/// all stopped together on SIGTERM or Ctrl-C (work in progress finishes; claims left behind are
/// recovered by the schedule's stale-claim timeout).
/// </summary>
internal static class Runtime
{
    public static async Task RunAsync(Collector collector, AdjustableClock? testClock, Action<string>? started, CancellationToken outer)
    {
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(outer);
        using var term = PosixSignalRegistration.Create(PosixSignal.SIGTERM, c => { c.Cancel = true; cts.Cancel(); });
        using var intr = PosixSignalRegistration.Create(PosixSignal.SIGINT, c => { c.Cancel = true; cts.Cancel(); });
        await using var app = HttpHost.Build(collector, testClock);
        await app.StartAsync(cts.Token);
        started?.Invoke(string.Join(", ", app.Urls));
        var ct = cts.Token;
        var tasks = new[]
        {
            Keep("reply listener", collector.Listener.RunAsync, collector.Log, ct),
            Keep("scheduler", collector.Loop.RunAsync, collector.Log, ct),
            Keep("customers csv", collector.Watcher.RunAsync, collector.Log, ct),
        };
        try
        {
            await Task.Delay(Timeout.Infinite, ct);
        }
        catch (OperationCanceledException)
        {
            collector.Log("stopping");
        }
        await Task.WhenAll(tasks);
        await app.StopAsync(CancellationToken.None);
    }

    /// <summary>Runs a background part and restarts it after a failure (logged), until shutdown.</summary>
    private static async Task Keep(string name, Func<CancellationToken, Task> run, Action<string> log, CancellationToken ct)
    {
        while (!ct.IsCancellationRequested)
        {
            try
            {
                await run(ct);
                return;
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                log($"{name} failed, restarting in 5 s: {ex.GetType().Name}: {ex.Message}");
                try { await Task.Delay(TimeSpan.FromSeconds(5), ct); } catch (OperationCanceledException) { return; }
            }
        }
    }
}
