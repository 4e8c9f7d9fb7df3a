using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;
using FeedbackCollector.Testing;

namespace FeedbackCollector.Aws.Tests.Signing;

/// <summary>One request as botocore should sign it.</summary>
public sealed record BotocoreCase(string Method, string Url, IReadOnlyList<KeyValuePair<string, string>> Headers, byte[] Body,
    string AccessKey, string SecretKey, string? Token, string Region, string Service, string Timestamp, bool S3);

public sealed record BotocoreResult(string Authorization, string CanonicalRequest);

/// <summary>Runs tools/botocore_sign.py: botocore's own SigV4 code on the same inputs as ours.</summary>
public static class BotocoreSigner
{
    public static IReadOnlyList<BotocoreResult> Sign(IReadOnlyList<BotocoreCase> cases)
    {
        SkipUnlessBotocore();
        var input = new JsonArray(cases.Select(c => (JsonNode)new JsonObject
        {
            ["method"] = c.Method,
            ["url"] = c.Url,
            ["headers"] = new JsonArray(c.Headers.Select(h => (JsonNode)new JsonArray(h.Key, h.Value)).ToArray()),
            ["body_base64"] = Convert.ToBase64String(c.Body),
            ["access_key"] = c.AccessKey,
            ["secret_key"] = c.SecretKey,
            ["token"] = c.Token,
            ["region"] = c.Region,
            ["service"] = c.Service,
            ["timestamp"] = c.Timestamp,
            ["s3"] = c.S3,
        }).ToArray());
        var (exit, stdout, stderr) = Run(RepoPaths.Of("tests", "FeedbackCollector.Aws.Tests", "tools", "botocore_sign.py"), input.ToJsonString());
        exit.Should().Be(0, stderr);
        return JsonNode.Parse(stdout)!.AsArray()
            .Select(n => new BotocoreResult(n!["authorization"]!.GetValue<string>(), n["canonical_request"]!.GetValue<string>()))
            .ToList();
    }

    private static readonly Lazy<bool> HasBotocore = new(() => Run("-c", "import botocore", script: false).Exit == 0);

    private static void SkipUnlessBotocore()
    {
        if (!HasBotocore.Value) Assert.Skip("python3 with botocore is not installed");
    }

    private static (int Exit, string Stdout, string Stderr) Run(string first, string input, bool script = true)
    {
        var info = new ProcessStartInfo("python3") { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true };
        info.ArgumentList.Add(first);
        if (!script) info.ArgumentList.Add(input);
        using var process = Process.Start(info)!;
        if (script) process.StandardInput.Write(input);
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit(60_000).Should().BeTrue("botocore should sign within a minute");
        return (process.ExitCode, stdout.Result, stderr.Result);
    }
}
