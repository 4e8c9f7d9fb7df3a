using Microsoft.Data.Sqlite;

namespace FeedbackCollector.Local.Tests.TestSupport;

/// <summary>A fresh folder per test, removed afterwards (pooled SQLite handles are released first).</summary>
public sealed class TempFolder : IDisposable
{
    public TempFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "fc-local-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A handle still closing; the OS temp cleaner gets it.
        }
    }
}
