using System.Collections.Concurrent;

namespace FeedbackCollector.Local.Intake;

/// <summary>
/// One gate per customers.csv in this process, taken by the appender while it writes a sale's row and by the watcher
/// while it reads the file, so serve never plans a row caught half-appended (and then tells the owner it is broken).
/// </summary>
internal static class CustomerListFileGate
{
    private static readonly ConcurrentDictionary<string, SemaphoreSlim> Gates = new(StringComparer.Ordinal);

    public static async Task<IDisposable> EnterAsync(string path, CancellationToken ct)
    {
        var gate = Gates.GetOrAdd(Path.GetFullPath(path), _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(ct).ConfigureAwait(false);
        return new Release(gate);
    }

    private sealed class Release(SemaphoreSlim gate) : IDisposable
    {
        private int _done;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _done, 1) == 0) gate.Release();
        }
    }
}
