namespace FeedbackCollector.Local.Blobs;

/// <summary>
/// Keys are relative paths of plain segments ("2026/11/28/ab12.eml", "rules.txt"). Anything that
/// could leave the area folder (.., absolute paths, backslashes) or hide among our own files
/// (a leading dot: versions and temp files live there) is refused.
/// </summary>
internal static class BlobKey
{
    public const int MaxLength = 512;

    public static bool IsValid(string? key)
    {
        if (string.IsNullOrEmpty(key) || key.Length > MaxLength) return false;
        foreach (var segment in key.Split('/'))
        {
            if (segment.Length == 0 || segment[0] == '.' || !segment.All(IsAllowed)) return false;
        }
        return true;
    }

    public static void Validate(string key)
    {
        if (!IsValid(key))
        {
            throw new ArgumentException($"Invalid blob key '{key}': use letters, digits, '-', '_', '.', '@', '+' in '/'-separated segments not starting with '.'.", nameof(key));
        }
    }

    /// <summary>A prefix may end in '/' or mid-segment, so it is checked leniently: no traversal, allowed characters only.</summary>
    public static void ValidatePrefix(string prefix)
    {
        if (prefix.Length > MaxLength || prefix.Contains("..", StringComparison.Ordinal) || prefix.StartsWith('/')
            || !prefix.All(c => c == '/' || IsAllowed(c)))
        {
            throw new ArgumentException($"Invalid blob prefix '{prefix}'.", nameof(prefix));
        }
    }

    private static bool IsAllowed(char c) =>
        c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '-' or '_' or '.' or '@' or '+';
}
