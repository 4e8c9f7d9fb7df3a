using System.Text.RegularExpressions;

namespace FeedbackCollector.Testing.Owner;

/// <summary>The owner's one-tap links as the digest and the ping print them in their text part: "Happy: https://…/o/{token}".</summary>
public static partial class OwnerMailLinks
{
    public const string Happy = "Happy";
    public const string Unhappy = "Unhappy";
    public const string Dismiss = "Dismiss";
    public const string Resolved = "Mark resolved";

    /// <summary>The one link with this label, as an absolute URL; throws when there is none or more than one.</summary>
    public static Uri Link(string? text, string label) =>
        new(LinkLine().Matches(text ?? "").Single(m => m.Groups[1].Value == label).Groups[2].Value);

    /// <summary>Every owner link in the text with its label.</summary>
    public static IReadOnlyList<(string Label, Uri Url)> All(string text) =>
        [.. LinkLine().Matches(text).Select(m => (m.Groups[1].Value, new Uri(m.Groups[2].Value)))];

    /// <summary>Changes the token's last characters (part of its MAC), keeping its alphabet.</summary>
    public static string Forge(string path) => path[..^3] + (path.EndsWith("AAA", StringComparison.Ordinal) ? "BBB" : "AAA");

    [GeneratedRegex(@"^(Happy|Unhappy|Dismiss|Mark resolved): (https?://\S+)\r?$", RegexOptions.Multiline)]
    private static partial Regex LinkLine();
}
