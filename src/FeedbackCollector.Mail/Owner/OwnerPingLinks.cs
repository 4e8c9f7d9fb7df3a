namespace FeedbackCollector.Mail.Owner;

/// <summary>
/// The only links an owner ping may carry are one-tap contact links. Anything else (http, https:
/// e.g. a review link that slipped into ContactLinks) is dropped, so an unhappy customer's ping can
/// never turn into a review request.
/// </summary>
internal static class OwnerPingLinks
{
    private static readonly string[] AllowedSchemes = ["tel", "sms", "mailto"];

    public static IReadOnlyList<Uri> ContactOnly(IEnumerable<Uri> links) =>
        links.Where(l => l.IsAbsoluteUri && AllowedSchemes.Contains(l.Scheme, StringComparer.OrdinalIgnoreCase)).ToList();

    /// <summary>
    /// Decision links may only open the collector's own owner-decision pages (/o/{token}), so nothing else (a review
    /// link above all) can ride along as a decision.
    /// </summary>
    public static IReadOnlyList<Core.Ports.DecisionLink> DecisionsOnly(IEnumerable<Core.Ports.DecisionLink> links) =>
        links.Where(l => l.Url.IsAbsoluteUri && l.Url.Scheme is "https" or "http"
            && l.Url.AbsolutePath.StartsWith("/o/", StringComparison.Ordinal)).ToList();

    /// <summary>What the owner sees for a link: the number or address without the scheme.</summary>
    public static string Label(Uri link) => Uri.UnescapeDataString(link.OriginalString[(link.Scheme.Length + 1)..]);
}
