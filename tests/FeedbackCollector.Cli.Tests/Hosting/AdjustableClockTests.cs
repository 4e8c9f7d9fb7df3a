using FeedbackCollector.Cli.Hosting;

namespace FeedbackCollector.Cli.Tests.Hosting;

public sealed class AdjustableClockTests
{
    private static readonly DateTimeOffset Start = new(2026, 3, 2, 1, 0, 0, TimeSpan.Zero);

    [Fact]
    public void The_clock_starts_at_its_start_and_moves_forward_by_what_it_is_told()
    {
        var clock = new AdjustableClock(Start);
        clock.GetUtcNow().Should().BeCloseTo(Start, TimeSpan.FromSeconds(5));
        clock.Advance(TimeSpan.FromHours(2)).Should().BeCloseTo(Start.AddHours(2), TimeSpan.FromSeconds(5));
    }

    [Fact]
    public void The_clock_never_goes_back()
    {
        var clock = new AdjustableClock(Start);
        clock.AdvanceTo(Start.AddHours(-1)).Should().BeOnOrAfter(Start);
        var act = () => clock.Advance(TimeSpan.FromSeconds(-1));
        act.Should().Throw<ArgumentOutOfRangeException>();
    }
}
