using Microsoft.Data.Sqlite;

namespace FeedbackCollector.Local.Tests.TestSupport;

/// <summary>A fresh folder per test, removed afterwards (pooled SQLite handles are released first).</summary>
public sealed class TempFolder : IDisposable
{
    /// <param name="inMemory">On a RAM file system where there is one (/dev/shm), for tests that make many files.</param>
    public TempFolder(bool inMemory = false)
    {
        var root = inMemory && Directory.Exists("/dev/shm") ? "/dev/shm" : System.IO.Path.GetTempPath();
        Path = System.IO.Path.Combine(root, "fc-local-" + Guid.NewGuid().ToString("N")[..12]);
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
