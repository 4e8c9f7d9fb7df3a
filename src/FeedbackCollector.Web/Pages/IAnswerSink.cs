using FeedbackCollector.Core.Rules;

namespace FeedbackCollector.Web.Pages;

/// <summary>What a star link's token turned out to be. Only <see cref="Valid"/> shows the star form.</summary>
public enum LinkState { Valid, Invalid, Expired, AlreadyAnswered }

/// <summary>A read-only look at a star link, for the GET page: nothing may be recorded while building it.</summary>
public sealed record TapLinkCheck(LinkState State, string BusinessName, string? FirstName = null);

/// <summary>A customer's submitted answer from the star page (the POST).</summary>
public sealed record TapAnswer(string Token, int Stars, string? Comment, string? RemoteIp);

public enum TapResult { Happy, Unhappy, Unclear, AlreadyAnswered, InvalidLink, ExpiredLink }

/// <summary>
/// What recording the answer led to. ReviewLinks is what the thank-you page may show: the sink
/// applies the review-link policy (happy-only or everyone), the page shows whatever it is given.
/// </summary>
public sealed record TapOutcome(TapResult Result, string BusinessName, IReadOnlyList<ReviewLink> ReviewLinks)
{
    public static TapOutcome Of(TapResult result, string businessName) => new(result, businessName, []);

    /// <summary>The owner's thank-you words for this answer (voice.txt), plain text; null keeps the page's own.</summary>
    public string? Thanks { get; init; }
}

/// <summary>
/// The use case behind the star pages (core-flow's AnswerIntake implements it). It verifies the token
/// (signature, expiry), applies "first reply wins" and routes; the web layer only shows and collects.
/// </summary>
public interface IAnswerSink
{
    /// <summary>Checks a token without any side effect (mail scanners open every link).</summary>
    Task<TapLinkCheck> CheckAsync(string token, CancellationToken ct = default);

    /// <summary>Records the answer unless one exists; the outcome says which thank-you page to show.</summary>
    Task<TapOutcome> RecordTapAsync(TapAnswer answer, CancellationToken ct = default);
}
