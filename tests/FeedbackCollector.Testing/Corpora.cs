namespace FeedbackCollector.Testing;

/// <summary>
/// Real material written by others lives in ../shared/corpora beside the checkout. CI always has it;
/// a clone elsewhere may not, so tests that need it skip themselves rather than fail.
/// </summary>
public static class Corpora
{
    private static readonly Lazy<string?> Root = new(FindRoot);

    /// <summary>The corpora folder, or null when it is not beside this checkout.</summary>
    public static string? Directory => Root.Value;

    /// <summary>The full path of a corpus file; skips the calling test when the corpora are absent.</summary>
    public static string PathOf(string relative)
    {
        var root = Root.Value;
        if (root is null)
        {
            Assert.Skip("../shared/corpora is not beside this checkout");
        }
        var path = System.IO.Path.Combine(root, relative);
        if (!File.Exists(path) && !System.IO.Directory.Exists(path))
        {
            Assert.Skip($"corpus file {relative} is missing");
        }
        return path;
    }

    private static string? FindRoot()
    {
        var env = Environment.GetEnvironmentVariable("FC_CORPORA");
        if (!string.IsNullOrEmpty(env)) return System.IO.Directory.Exists(env) ? env : null;
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "FeedbackCollector.slnx")))
            {
                var candidate = System.IO.Path.GetFullPath(System.IO.Path.Combine(dir.FullName, "..", "shared", "corpora"));
                return System.IO.Directory.Exists(candidate) ? candidate : null;
            }
        }
        return null;
    }
}
