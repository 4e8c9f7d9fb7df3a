namespace FeedbackCollector.Core.Ports;

/// <summary>Addresses never to mail again: unsubscribes, bounces, complaints. Keys are lower-cased addresses or digits-only phones.</summary>
public interface ISuppressionList
{
    Task<bool> IsSuppressedAsync(string address, CancellationToken ct = default);

    /// <summary>Those of <paramref name="addresses"/> (as given) that are suppressed, in one read where the store can.</summary>
    Task<IReadOnlySet<string>> SuppressedAmongAsync(IReadOnlyCollection<string> addresses, CancellationToken ct = default);

    /// <summary>Adds the address with a reason ("unsubscribe", "bounce", "complaint"); adding twice is harmless.</summary>
    Task AddAsync(string address, string reason, DateTimeOffset at, CancellationToken ct = default);

    /// <summary>Removes the address (an erasure keeps only its hash instead); false when it was not listed.</summary>
    Task<bool> RemoveAsync(string address, CancellationToken ct = default);
}
