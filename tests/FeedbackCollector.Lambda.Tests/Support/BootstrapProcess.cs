using System.Collections.Concurrent;
using System.Diagnostics;

namespace FeedbackCollector.Lambda.Tests.Support;

/// <summary>Runs a published bootstrap (or `qemu-aarch64-static bootstrap`) as Lambda would: env in, log lines out.</summary>
public sealed class BootstrapProcess : IDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _lines = new();

    private BootstrapProcess(Process process)
    {
        _process = process;
        _process.OutputDataReceived += (_, e) => { if (e.Data is not null) _lines.Enqueue(e.Data); };
        _process.ErrorDataReceived += (_, e) => { if (e.Data is not null) _lines.Enqueue("stderr: " + e.Data); };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public IReadOnlyList<string> Lines => _lines.ToArray();

    /// <param name="onlyGiven">Start from an empty environment (as Lambda does) instead of this test process's own.</param>
    public static BootstrapProcess Start(string executable, IReadOnlyDictionary<string, string?> env, string? emulator = null, bool onlyGiven = false)
    {
        var info = new ProcessStartInfo(emulator ?? executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetDirectoryName(executable)!,
        };
        if (emulator is not null) info.ArgumentList.Add(executable);
        if (onlyGiven) info.Environment.Clear();
        foreach (var name in new[] { "FC_ROLE", "AWS_LAMBDA_RUNTIME_API", "AWS_ENDPOINT_URL", "_X_AMZN_TRACE_ID" }) info.Environment.Remove(name);
        foreach (var (name, value) in env) info.Environment[name] = value;
        return new BootstrapProcess(Process.Start(info)!);
    }

    /// <summary>Waits for the process to exit and returns its code.</summary>
    public async Task<int> ExitCodeAsync(TimeSpan timeout)
    {
        using var cts = new CancellationTokenSource(timeout);
        await _process.WaitForExitAsync(cts.Token);
        return _process.ExitCode;
    }

    public bool HasExited => _process.HasExited;

    /// <summary>Ends the process once it has nothing more to write, and returns every line it wrote (stdout read to its end).</summary>
    public IReadOnlyList<string> StopAndReadAll()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
        return Lines;
    }

    public void Dispose()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        _process.WaitForExit(5000);
        _process.Dispose();
    }
}
