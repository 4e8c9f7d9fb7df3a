using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;
using FeedbackCollector.Testing;

namespace FeedbackCollector.Lambda.Tests.Support;

/// <summary>One `dotnet publish` of the bootstrap: where it went, how it ended and what it printed.</summary>
public sealed record PublishRun(string Rid, string Directory, int ExitCode, string Output, TimeSpan Took)
{
    public string Bootstrap => Path.Combine(Directory, "bootstrap");

    /// <summary>Trim (IL2xxx) and AOT (IL3xxx) diagnostics, whether reported as warnings or (warnings-as-errors) errors.</summary>
    public IReadOnlyList<string> AotDiagnostics => Output.Split('\n')
        .Where(line => Regex.IsMatch(line, @"\b(warning|error)\s+IL[23]\d{3}\b"))
        .Select(line => line.Trim())
        .Distinct()
        .ToArray();
}

/// <summary>
/// The slow part of this test project, done once per test run and shared: publish the bootstrap for
/// linux-x64 (forcing the native compile so its warnings are printed again) and then for linux-arm64.
/// Sequential on purpose: the second reuses the first's IL build, and the machine has few cores.
/// </summary>
public static class PublishedBootstraps
{
    private static readonly Lazy<Task<PublishRun>> X64Run = new(() => PublishAsync("linux-x64", forceNative: true));
    private static readonly Lazy<Task<PublishRun>> Arm64Run = new(async () =>
    {
        await X64Run.Value;
        return await PublishAsync("linux-arm64", forceNative: false, "-p:CppCompilerAndLinker=clang", "-p:LinkerFlavor=lld");
    });

    public static Task<PublishRun> X64 => X64Run.Value;

    public static Task<PublishRun> Arm64 => Arm64Run.Value;

    /// <summary>The x64 bootstrap, or a failed test saying why the publish did not produce it.</summary>
    public static async Task<string> X64BootstrapAsync()
    {
        var run = await X64;
        run.ExitCode.Should().Be(0, "the x64 publish must succeed:\n" + Tail(run.Output));
        return run.Bootstrap;
    }

    private static async Task<PublishRun> PublishAsync(string rid, bool forceNative, params string[] extra)
    {
        var output = RepoPaths.Of("artifacts", "lambda-test", rid);
        if (forceNative) DeleteNativeIntermediates(rid);
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = RepoPaths.Root };
        foreach (var arg in new[] { "publish", RepoPaths.Of("src", "FeedbackCollector.Lambda", "FeedbackCollector.Lambda.csproj"),
                     "-c", "Release", "-r", rid, "-o", output, "--nologo", "-v:minimal" }.Concat(extra))
        {
            info.ArgumentList.Add(arg);
        }
        // dotnet test sets MSBuild variables for its own host; a child build must find its own SDK.
        foreach (var name in info.Environment.Keys.Where(k => k.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase) || k == "MSBUILD_EXE_PATH").ToArray())
        {
            info.Environment.Remove(name);
        }
        var watch = Stopwatch.StartNew();
        using var process = Process.Start(info)!;
        var text = new StringBuilder();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        text.Append(await stdout).Append(await stderr);
        return new PublishRun(rid, output, process.ExitCode, text.ToString(), watch.Elapsed);
    }

    /// <summary>The native compile is incremental; without its outputs it runs again and prints its warnings again.</summary>
    private static void DeleteNativeIntermediates(string rid)
    {
        var native = RepoPaths.Of("src", "FeedbackCollector.Lambda", "obj", "Release", "net10.0", rid, "native");
        if (System.IO.Directory.Exists(native)) System.IO.Directory.Delete(native, recursive: true);
    }

    public static string Tail(string text) => text.Length <= 4000 ? text : text[^4000..];
}
