using System.Globalization;
using FeedbackCollector.Core.Ports;

namespace FeedbackCollector.Local.Blobs;

/// <summary>
/// Blobs as files under one folder: {root}/{area}/{key}. A write goes to a temp file beside the
/// target and is renamed over it, so a reader never sees half a file. Replacing a key first keeps
/// the current bytes as {root}/{area}/.versions/{key}.v{n} (n = 1, 2, ...), so an owner's bad edit
/// of rules.txt never loses the last good version; writing identical bytes again adds nothing.
/// </summary>
public sealed class FolderBlobStore : IBlobStore
{
    private const string VersionsFolder = ".versions";
    private readonly string _root;

    public FolderBlobStore(string rootFolder)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(rootFolder);
        _root = Path.GetFullPath(rootFolder);
    }

    public async Task PutAsync(BlobArea area, string key, ReadOnlyMemory<byte> content, string contentType, CancellationToken ct = default)
    {
        var path = PathOf(area, key);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        if (File.Exists(path))
        {
            var current = await File.ReadAllBytesAsync(path, ct);
            if (current.AsSpan().SequenceEqual(content.Span)) return;
            KeepVersion(area, key, path);
        }
        await WriteAtomicallyAsync(path, content, ct);
    }

    public async Task<byte[]?> GetAsync(BlobArea area, string key, CancellationToken ct = default)
    {
        var path = PathOf(area, key);
        try
        {
            return await File.ReadAllBytesAsync(path, ct);
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            return null;
        }
    }

    /// <summary>Write time (100 ns ticks; every write is a rename of a new file) and length: one stat, no read.</summary>
    public Task<string?> StampAsync(BlobArea area, string key, CancellationToken ct = default)
    {
        var file = new FileInfo(PathOf(area, key));
        return Task.FromResult(file.Exists
            ? string.Create(CultureInfo.InvariantCulture, $"{file.LastWriteTimeUtc.Ticks}-{file.Length}")
            : null);
    }

    public Task<IReadOnlyList<string>> ListAsync(BlobArea area, string prefix, CancellationToken ct = default)
    {
        BlobKey.ValidatePrefix(prefix ?? "");
        var areaFolder = AreaFolder(area);
        if (!Directory.Exists(areaFolder)) return Task.FromResult<IReadOnlyList<string>>([]);
        IReadOnlyList<string> keys = Directory.EnumerateFiles(areaFolder, "*", SearchOption.AllDirectories)
            .Select(file => Path.GetRelativePath(areaFolder, file).Replace(Path.DirectorySeparatorChar, '/'))
            .Where(key => BlobKey.IsValid(key) && key.StartsWith(prefix ?? "", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToList();
        return Task.FromResult(keys);
    }

    /// <summary>Deletes the file and every kept version of it.</summary>
    public Task<bool> DeleteAsync(BlobArea area, string key, CancellationToken ct = default)
    {
        var path = PathOf(area, key);
        var existed = File.Exists(path);
        if (existed) File.Delete(path);
        var versionBase = VersionPathBase(area, key);
        foreach (var version in ListVersions(area, key)) File.Delete($"{versionBase}.v{version}");
        return Task.FromResult(existed);
    }

    /// <summary>The kept earlier versions of a key, oldest first (1-based numbers).</summary>
    public IReadOnlyList<int> ListVersions(BlobArea area, string key)
    {
        var versionBase = VersionPathBase(area, key);
        var folder = Path.GetDirectoryName(versionBase)!;
        if (!Directory.Exists(folder)) return [];
        var prefix = Path.GetFileName(versionBase) + ".v";
        return Directory.EnumerateFiles(folder, prefix + "*")
            .Select(f => int.TryParse(Path.GetFileName(f)[prefix.Length..], out var n) ? n : 0)
            .Where(n => n > 0)
            .Order()
            .ToList();
    }

    /// <summary>The bytes of an earlier version, or null when there is no such version.</summary>
    public async Task<byte[]?> GetVersionAsync(BlobArea area, string key, int version, CancellationToken ct = default)
    {
        var path = $"{VersionPathBase(area, key)}.v{version}";
        return File.Exists(path) ? await File.ReadAllBytesAsync(path, ct) : null;
    }

    private void KeepVersion(BlobArea area, string key, string currentPath)
    {
        var versionBase = VersionPathBase(area, key);
        Directory.CreateDirectory(Path.GetDirectoryName(versionBase)!);
        var next = ListVersions(area, key).DefaultIfEmpty(0).Max() + 1;
        // Two writers of one key may pick the same number; the loser takes the next free one.
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                File.Copy(currentPath, $"{versionBase}.v{next + attempt}", overwrite: false);
                return;
            }
            catch (IOException) when (attempt < 50 && File.Exists($"{versionBase}.v{next + attempt}"))
            {
            }
        }
    }

    private static async Task WriteAtomicallyAsync(string path, ReadOnlyMemory<byte> content, CancellationToken ct)
    {
        var temp = Path.Combine(Path.GetDirectoryName(path)!, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}.tmp");
        try
        {
            await using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 4096, useAsync: true))
            {
                await stream.WriteAsync(content, ct);
                await stream.FlushAsync(ct);
            }
            File.Move(temp, path, overwrite: true);
        }
        finally
        {
            if (File.Exists(temp)) File.Delete(temp);
        }
    }

    private string AreaFolder(BlobArea area) => Path.Combine(_root, area.ToString().ToLowerInvariant());

    private string PathOf(BlobArea area, string key)
    {
        BlobKey.Validate(key);
        var areaFolder = AreaFolder(area);
        var path = Path.GetFullPath(Path.Combine(areaFolder, key));
        // Belt and braces: validation already forbids traversal, this catches anything it missed.
        if (!path.StartsWith(areaFolder + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new ArgumentException($"Blob key '{key}' leaves its area.", nameof(key));
        }
        return path;
    }

    private string VersionPathBase(BlobArea area, string key)
    {
        PathOf(area, key);
        return Path.Combine(AreaFolder(area), VersionsFolder, key);
    }
}
