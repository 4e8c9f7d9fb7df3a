using FeedbackCollector.Lambda.Tests.Support;

namespace FeedbackCollector.Lambda.Tests.Publish;

/// <summary>The bootstrap trims and compiles natively without a single trim or AOT warning.</summary>
public sealed class AotPublishTests
{
    [Fact]
    public async Task The_x64_bootstrap_publishes_with_no_trim_or_AOT_warning()
    {
        var run = await PublishedBootstraps.X64;

        run.AotDiagnostics.Should().BeEmpty("every IL2xxx/IL3xxx is a place reflection or trimming can break the bootstrap");
        run.ExitCode.Should().Be(0, PublishedBootstraps.Tail(run.Output));
        File.Exists(run.Bootstrap).Should().BeTrue();
        run.Output.Should().Contain("Generating native code", "the native compile must have run, or its warnings were never printed");
    }
}
