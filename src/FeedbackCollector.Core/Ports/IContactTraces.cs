using FeedbackCollector.Core.Privacy;

namespace FeedbackCollector.Core.Ports;

/// <summary>
/// Personal data a runtime holds outside the stores and blob areas: locally the outboxes of sent mail and texts,
/// the watched customers.csv and the database file's freed pages; nothing on AWS (SES and SNS keep no copy of ours).
/// </summary>
public interface IContactTraces
{
    /// <summary>Where the contact appears (file names), for an export.</summary>
    Task<IReadOnlyList<string>> FindAsync(ContactMatcher contact, CancellationToken ct = default);

    /// <summary>Removes what names the contact; runs last in an erasure, after the stores were changed. How many places changed.</summary>
    Task<int> EraseAsync(ContactMatcher contact, CancellationToken ct = default);
}

/// <summary>A runtime that keeps no personal data outside its stores and blobs.</summary>
public sealed class NoContactTraces : IContactTraces
{
    public static readonly NoContactTraces Instance = new();

    public Task<IReadOnlyList<string>> FindAsync(ContactMatcher contact, CancellationToken ct = default) =>
        Task.FromResult<IReadOnlyList<string>>([]);

    public Task<int> EraseAsync(ContactMatcher contact, CancellationToken ct = default) => Task.FromResult(0);
}
