using FeedbackCollector.Lambda.Runtime;
using FeedbackCollector.Lambda.Tests.Support;

namespace FeedbackCollector.Lambda.Tests.Runtime;

public sealed class BootstrapClockTests
{
    [Fact]
    public void Without_the_test_variable_the_bootstrap_runs_on_system_time()
    {
        BootstrapClock.From(new FakeEnvironment()).Should().BeSameAs(TimeProvider.System);
    }

    [Fact]
    public void With_the_test_variable_the_clock_starts_at_that_instant_and_ticks_on()
    {
        var start = new DateTimeOffset(2026, 11, 2, 1, 0, 0, TimeSpan.Zero);
        var clock = BootstrapClock.From(new FakeEnvironment(new() { [BootstrapClock.StartVariable] = "2026-11-02T01:00:00.0000000+00:00" }));

        var first = clock.GetUtcNow();
        Thread.Sleep(30);

        first.Should().BeCloseTo(start, TimeSpan.FromSeconds(5));
        clock.GetUtcNow().Should().BeAfter(first, "it ticks with real time from its start");
    }
}
