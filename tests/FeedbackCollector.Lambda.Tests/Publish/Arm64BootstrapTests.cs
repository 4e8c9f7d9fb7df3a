using System.Diagnostics;
using System.Text.RegularExpressions;
using FeedbackCollector.Lambda.Tests.Support;

namespace FeedbackCollector.Lambda.Tests.Publish;

/// <summary>The artifact Lambda runs (linux-arm64, provided.al2023) is small, runs, and needs no newer glibc than AL2023 has.</summary>
public sealed class Arm64BootstrapTests
{
    private const string Qemu = "/usr/bin/qemu-aarch64-static";
    private static readonly TimeSpan UnderQemu = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task The_arm64_bootstrap_is_an_aarch64_executable_under_25_MB()
    {
        var bootstrap = await Arm64BootstrapAsync();

        new FileInfo(bootstrap).Length.Should().BeLessThan(25L * 1024 * 1024);
        (await RunAsync("file", bootstrap)).Should().Contain("ARM aarch64");
    }

    [Fact]
    public async Task The_arm64_bootstrap_needs_no_glibc_symbol_newer_than_2_34()
    {
        var bootstrap = await Arm64BootstrapAsync();

        var versions = Regex.Matches(await RunAsync("objdump", "-T", bootstrap), @"GLIBC_(\d+)\.(\d+)")
            .Select(m => new Version(int.Parse(m.Groups[1].Value), int.Parse(m.Groups[2].Value)))
            .Distinct().ToArray();

        versions.Should().NotBeEmpty("objdump must have listed the dynamic symbols");
        versions.Max().Should().BeLessThanOrEqualTo(new Version(2, 34), "provided.al2023 ships glibc 2.34");
    }

    [Fact]
    public async Task The_arm64_bootstrap_answers_the_fake_runtime_api_under_qemu()
    {
        var bootstrap = await Arm64BootstrapAsync();
        var moto = Harness.MotoChainTests.MotoUrl();
        await using var api = new FakeRuntimeApiServer();
        var id = api.Enqueue(RecordedEvents.Bytes("warmup.json"));
        using var process = BootstrapProcess.Start(bootstrap, new Dictionary<string, string?>
        {
            ["FC_ROLE"] = "router", ["AWS_LAMBDA_RUNTIME_API"] = api.Address, ["AWS_REGION"] = "ap-southeast-1",
            ["AWS_ENDPOINT_URL"] = moto, ["AWS_ACCESS_KEY_ID"] = "testing", ["AWS_SECRET_ACCESS_KEY"] = "testing",
        }, emulator: Qemu);

        var result = await api.ResultOf(id, UnderQemu);

        result.IsError.Should().BeFalse(result.Body);
        result.Body.Should().Contain("\"outcome\":\"warm\"").And.Contain("\"role\":\"router\"");
    }

    [Fact]
    public async Task The_arm64_bootstrap_under_qemu_fails_init_cleanly_on_an_unknown_role()
    {
        var bootstrap = await Arm64BootstrapAsync();
        await using var api = new FakeRuntimeApiServer();
        using var process = BootstrapProcess.Start(bootstrap, new Dictionary<string, string?>
        {
            ["FC_ROLE"] = "no-such-role", ["AWS_LAMBDA_RUNTIME_API"] = api.Address,
        }, emulator: Qemu);

        var initError = await api.InitError(UnderQemu);

        initError.Body.Should().Contain("UnknownRoleException").And.Contain("reply-handler");
        (await process.ExitCodeAsync(UnderQemu)).Should().NotBe(0);
        api.NextCalls.Should().Be(0, "a failed init must not ask for events");
    }

    private static async Task<string> Arm64BootstrapAsync()
    {
        if (!File.Exists(Qemu)) Assert.Skip("qemu-aarch64-static is not installed (scripts/setup installs it)");
        var run = await PublishedBootstraps.Arm64;
        run.ExitCode.Should().Be(0, "the arm64 publish must succeed:\n" + PublishedBootstraps.Tail(run.Output));
        return run.Bootstrap;
    }

    private static async Task<string> RunAsync(string tool, params string[] args)
    {
        var info = new ProcessStartInfo(tool) { RedirectStandardOutput = true };
        foreach (var arg in args) info.ArgumentList.Add(arg);
        using var process = Process.Start(info)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        process.ExitCode.Should().Be(0, $"{tool} must run");
        return output;
    }
}
