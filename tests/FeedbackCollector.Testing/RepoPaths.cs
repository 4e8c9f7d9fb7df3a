namespace FeedbackCollector.Testing;

/// <summary>Finds files of this repository from a test's bin folder.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Of(params string[] parts) => Path.Combine([Root, .. parts]);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "FeedbackCollector.slnx"))) return dir.FullName;
        }
        throw new InvalidOperationException("FeedbackCollector.slnx not found above " + AppContext.BaseDirectory);
    }
}
