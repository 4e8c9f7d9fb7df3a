namespace FeedbackCollector.Cli.Commands;

/// <summary>
/// serve's start line for the owner page. The key is a password: it is printed only on the start that made it (so a
/// newcomer can open the page), never again, because every later start writes into logs that others may read.
/// </summary>
internal static class OwnerPageBanner
{
    public static string Line(Uri publicBase, string key, bool madeNow, string? origin) => madeNow
        ? $"owner page: {publicBase}owner?key={key} (a new owner key, shown this once; it is kept in {Kept(origin)})"
        : $"owner page: {publicBase}owner (sign in with the owner key from {Kept(origin)})";

    private static string Kept(string? origin) =>
        origin is null ? "the owner_key setting" : origin.StartsWith("generated ", StringComparison.Ordinal) ? origin["generated ".Length..] : origin;
}
