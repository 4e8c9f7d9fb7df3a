using System.Text;
using FeedbackCollector.Core.Ports;

namespace FeedbackCollector.Local.Config;

/// <summary>
/// Secrets as files in one folder (data_dir/secrets): the local twin of Secrets Manager. A name's '/'
/// parts are subfolders, so "fc/drive/sa" is secrets/fc/drive/sa. A name that would leave the folder is
/// refused. One trailing line break is dropped, because `echo value &gt; file` and editors add one and a
/// secret never ends with one on purpose; anything else in the file is the value.
/// </summary>
public sealed class FolderSecretSource : ISecretSource
{
    private readonly string _folder;

    public FolderSecretSource(string folder)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        _folder = Path.GetFullPath(folder);
    }

    /// <summary>The file that holds a secret, inside the folder.</summary>
    public string PathOf(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        var parts = name.Split('/');
        if (parts.Any(p => p.Length == 0 || p is "." or ".." || p.IndexOfAny(['\\', '\0']) >= 0 || p != p.Trim()))
            throw new ArgumentException($"The secret name '{name}' is not a plain name like fc/token/signing-secret.", nameof(name));
        return Path.Combine([_folder, .. parts]);
    }

    /// <summary>The secret's value, or null when it has no file.</summary>
    public string? Read(string name)
    {
        var path = PathOf(name);
        if (!File.Exists(path)) return null;
        var text = File.ReadAllText(path, Encoding.UTF8);
        if (text.EndsWith("\r\n", StringComparison.Ordinal)) return text[..^2];
        return text.EndsWith('\n') ? text[..^1] : text;
    }

    /// <summary>Writes a secret readable by this user only (mode 600), creating its folders.</summary>
    public void Write(string name, string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var path = PathOf(name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temp = path + ".tmp";
        // Created 600 from the first byte: a chmod after writing would leave a moment when others can read it.
        var options = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows()) options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        using (var stream = new FileStream(temp, options))
            stream.Write(new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(value));
        File.Move(temp, path, overwrite: true);
    }

    public Task<string?> GetAsync(string name, CancellationToken ct = default)
    {
        ct.ThrowIfCancellationRequested();
        return Task.FromResult(Read(name));
    }
}
