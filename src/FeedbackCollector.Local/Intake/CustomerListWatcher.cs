using System.Security.Cryptography;

namespace FeedbackCollector.Local.Intake;

/// <summary>
/// Watches the local customer list (customers.csv) and hands the whole file to the planner whenever its content
/// changed. There is no row cursor: the planner keys every row by its natural key, so a sorted file, a row inserted
/// above others or a deleted row neither skips nor repeats anyone, and a re-read plans nothing twice. The content
/// hash last planned is kept in a small state file only to spare unchanged polls; losing it costs one re-read.
/// Polling rather than FileSystemWatcher works on network shares and synced folders. Polls are serialised, so the
/// scheduled poll and a test's tick cannot race on the state file.
/// </summary>
public sealed class CustomerListWatcher(string path, string stateFile, Func<ReadOnlyMemory<byte>, CancellationToken, Task> onChange,
    TimeSpan interval, TimeProvider time) : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);

    /// <summary>Reads once; hands the file on when it changed since it was last planned. True when it did.</summary>
    public async Task<bool> PollOnceAsync(CancellationToken ct = default)
    {
        await _gate.WaitAsync(ct);
        try
        {
            if (!File.Exists(path)) return false;
            byte[] bytes;
            using (await CustomerListFileGate.EnterAsync(path, ct)) bytes = await File.ReadAllBytesAsync(path, ct);
            var hash = Convert.ToHexStringLower(SHA256.HashData(bytes));
            if (File.Exists(stateFile) && (await File.ReadAllTextAsync(stateFile, ct)).Trim() == hash) return false;
            // Saved only after the planner succeeded: a crash re-reads the file (harmless) rather than skipping it.
            await onChange(bytes, ct);
            await SaveAsync(hash, ct);
            return true;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Polls until cancelled. A failing poll propagates: the caller (serve) decides whether to restart.</summary>
    public async Task RunAsync(CancellationToken ct)
    {
        while (!ct.IsCancellationRequested)
        {
            await PollOnceAsync(ct);
            try
            {
                await Task.Delay(interval, time, ct);
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                return;
            }
        }
    }

    public void Dispose() => _gate.Dispose();

    private async Task SaveAsync(string hash, CancellationToken ct)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(stateFile))!);
        var temp = stateFile + "." + Guid.NewGuid().ToString("N") + ".tmp";
        await File.WriteAllTextAsync(temp, hash, ct);
        File.Move(temp, stateFile, overwrite: true);
    }
}
