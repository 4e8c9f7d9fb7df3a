namespace FeedbackCollector.Core.Ports;

/// <summary>Addresses never to mail again: unsubscribes, bounces, complaints. Keys are lower-cased addresses or digits-only phones.</summary>
public interface ISuppressionList
{
    Task<bool> IsSuppressedAsync(string address, CancellationToken ct = default);

    /// <summary>Adds the address with a reason ("unsubscribe", "bounce", "complaint"); adding twice is harmless.</summary>
    Task AddAsync(string address, string reason, DateTimeOffset at, CancellationToken ct = default);

    /// <summary>Removes the address (an erasure keeps only its hash instead); false when it was not listed.</summary>
    Task<bool> RemoveAsync(string address, CancellationToken ct = default);
}
