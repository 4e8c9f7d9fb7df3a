namespace FeedbackCollector.Aws;

/// <summary>
/// A batch of conditional writes done item by item: DynamoDB's BatchWriteItem takes no condition expression and
/// EventBridge Scheduler has no batch create, so each item stays its own conditional call (the guarantee is the
/// call's, not the batch's). A key repeated in the batch is written once, by its first item (the rest are false,
/// as they would be one after another); distinct keys go out a few at a time.
/// </summary>
internal static class PerItemWrites
{
    /// <summary>Element i is true when items[i] was written (its condition held).</summary>
    public static async Task<IReadOnlyList<bool>> RunAsync<T>(IReadOnlyList<T> items, Func<T, string> key,
        Func<T, CancellationToken, Task<bool>> write, int parallel, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(items);
        var written = new bool[items.Count];
        var firsts = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < items.Count; i++) firsts.TryAdd(key(items[i]), i);
        await Parallel.ForEachAsync(firsts.Values, new ParallelOptions { MaxDegreeOfParallelism = parallel, CancellationToken = ct },
            async (i, token) => written[i] = await write(items[i], token).ConfigureAwait(false)).ConfigureAwait(false);
        return written;
    }
}
