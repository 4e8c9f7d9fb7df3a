namespace FeedbackCollector.Web.Pages;

public enum UnsubscribeResult { Unsubscribed, AlreadyUnsubscribed, InvalidLink }

/// <summary>A read-only look at an unsubscribe link for the confirm page.</summary>
/// <param name="MaskedAddress">The address shown to the person, partly hidden (e.g. "a***@example.com").</param>
public sealed record UnsubscribeCheck(bool Valid, string BusinessName, string? MaskedAddress);

/// <summary>Adds the link's address to the suppression list (the token in the link identifies it).</summary>
public interface IUnsubscribeSink
{
    Task<UnsubscribeCheck> CheckAsync(string token, CancellationToken ct = default);

    /// <summary>Suppresses the address; doing it twice is harmless and reports <see cref="UnsubscribeResult.AlreadyUnsubscribed"/>.</summary>
    Task<UnsubscribeResult> UnsubscribeAsync(string token, CancellationToken ct = default);
}
