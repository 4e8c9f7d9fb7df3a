using FeedbackCollector.Core.Ports;

namespace FeedbackCollector.Local.Intake;

/// <summary>
/// Polls a customer source (customers.csv) and hands each batch of new visits and problems to a
/// callback, then saves the cursor to a small file. Polling rather than FileSystemWatcher: it works
/// on network shares and synced folders, and a missed change event can never lose rows. The cursor is
/// saved only after the callback succeeded, so a crash re-delivers a batch (asks are idempotent by
/// visit) instead of dropping it.
/// </summary>
public sealed class CsvWatcher
{
    private readonly ICustomerSource _source;
    private readonly string _cursorFile;
    private readonly Func<VisitBatch, CancellationToken, Task> _onBatch;
    private readonly TimeSpan _interval;
    private readonly TimeProvider _time;

    public CsvWatcher(ICustomerSource source, string cursorFile, Func<VisitBatch, CancellationToken, Task> onBatch,
        TimeSpan interval, TimeProvider time)
    {
        _source = source ?? throw new ArgumentNullException(nameof(source));
        ArgumentException.ThrowIfNullOrWhiteSpace(cursorFile);
        _cursorFile = cursorFile;
        _onBatch = onBatch ?? throw new ArgumentNullException(nameof(onBatch));
        _interval = interval;
        _time = time ?? throw new ArgumentNullException(nameof(time));
    }

    /// <summary>Reads once; calls back when there is anything new. Returns what was read.</summary>
    public async Task<VisitBatch> PollOnceAsync(CancellationToken ct = default)
    {
        var cursor = File.Exists(_cursorFile) ? (await File.ReadAllTextAsync(_cursorFile, ct)).Trim() : null;
        var batch = await _source.ReadSinceAsync(string.IsNullOrEmpty(cursor) ? null : cursor, ct);
        if (batch.Visits.Count > 0 || batch.Problems.Count > 0) await _onBatch(batch, ct);
        if (batch.NextCursor is { } next && next != cursor) await SaveCursorAsync(next, ct);
        return batch;
    }

    /// <summary>Polls until cancelled. A failing poll propagates: the caller (serve) decides whether to restart.</summary>
    public async Task RunAsync(CancellationToken ct)
    {
        while (!ct.IsCancellationRequested)
        {
            await PollOnceAsync(ct);
            try
            {
                await Task.Delay(_interval, _time, ct);
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                return;
            }
        }
    }

    private async Task SaveCursorAsync(string cursor, CancellationToken ct)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(_cursorFile))!);
        var temp = _cursorFile + ".tmp";
        await File.WriteAllTextAsync(temp, cursor, ct);
        File.Move(temp, _cursorFile, overwrite: true);
    }
}
