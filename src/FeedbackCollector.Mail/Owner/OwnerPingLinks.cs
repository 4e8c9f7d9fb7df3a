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

    /// <summary>What the owner sees for a link: the number or address without the scheme.</summary>
    public static string Label(Uri link) => Uri.UnescapeDataString(link.OriginalString[(link.Scheme.Length + 1)..]);
}
