using FeedbackCollector.Core.Model;
using FeedbackCollector.Core.Sweeps;

namespace FeedbackCollector.Core.Tests.Sweeps;

public sealed class OwnerChartsTests
{
    private static readonly TimeSpan Sgt = TimeSpan.FromHours(8);

    /// <summary>Wednesday 18 March 2026, 12:00 in Singapore: its week starts Monday 16 March.</summary>
    private static readonly DateTimeOffset Now = new(2026, 3, 18, 12, 0, 0, Sgt);

    private static Ask Sent(string id, DateTimeOffset at) =>
        new("c" + id, "a" + id, new Customer("c" + id, "Ann", "a@example.com", null), "haircut", at, at, AskStatus.Sent, at);

    private static Feedback Answer(string id, DateTimeOffset at, Bucket bucket, string raw = "5", Channel channel = Channel.Tap) =>
        new("c" + id, "a" + id, at, channel, raw, bucket, "x");

    private static AuditEntry Mark(string id, DateTimeOffset at, Move move) => new("c" + id, at, "a" + id, null, move, "page", "owner");

    [Fact]
    public void It_draws_twelve_local_weeks_that_start_on_monday_and_end_with_the_current_one()
    {
        var charts = OwnerCharts.Compute([], [], [], Now, "Asia/Singapore");

        charts.Weeks.Should().HaveCount(12);
        charts.Weeks[^1].WeekStart.Should().Be(new DateOnly(2026, 3, 16));
        charts.Weeks[0].WeekStart.Should().Be(new DateOnly(2025, 12, 29));
        charts.Weeks.Should().OnlyContain(w => w.WeekStart.DayOfWeek == DayOfWeek.Monday);
        charts.ResponseRatePercent.Should().BeNull("nothing was asked");
    }

    [Fact]
    public void An_answer_at_half_past_midnight_on_monday_in_singapore_counts_in_the_new_week_although_it_is_sunday_in_utc()
    {
        var mondayEarly = new DateTimeOffset(2026, 3, 16, 0, 30, 0, Sgt);

        var charts = OwnerCharts.Compute([Sent("1", mondayEarly.AddDays(-1))], [Answer("1", mondayEarly, Bucket.Happy)], [], Now, "Asia/Singapore");

        charts.Weeks[^1].Answered.Should().Be(1);
        charts.Weeks[^2].Asked.Should().Be(1);
        charts.Weeks[^2].Answered.Should().Be(0);
    }

    [Fact]
    public void It_counts_asked_answered_happy_and_unhappy_per_week_with_a_persons_mark_winning_over_the_router()
    {
        var lastWeek = new DateTimeOffset(2026, 3, 10, 15, 0, 0, Sgt);
        var asks = new[] { Sent("1", lastWeek), Sent("2", lastWeek), Sent("3", lastWeek), Sent("4", lastWeek) };
        var answers = new[]
        {
            Answer("1", lastWeek.AddHours(1), Bucket.Happy), Answer("2", lastWeek.AddHours(2), Bucket.Unhappy, "1"),
            Answer("3", lastWeek.AddHours(3), Bucket.Unclear, "meh", Channel.Email),
        };

        var charts = OwnerCharts.Compute(asks, answers, [Mark("3", lastWeek.AddDays(1), Move.MarkedUnhappy)], Now, "Asia/Singapore");

        charts.Weeks[^2].Should().Be(new WeekFigures(new DateOnly(2026, 3, 9), Asked: 4, Answered: 3, Happy: 1, Unhappy: 2));
        charts.ResponseRatePercent.Should().Be(75);
    }

    [Fact]
    public void The_star_distribution_counts_taps_by_stars_and_ignores_written_replies()
    {
        var at = Now.AddHours(-1);
        var answers = new[]
        {
            Answer("1", at, Bucket.Happy, "5"), Answer("2", at, Bucket.Happy, "5\nlovely"), Answer("3", at, Bucket.Unhappy, "2"),
            Answer("4", at, Bucket.Happy, "5", Channel.Email),
        };

        var charts = OwnerCharts.Compute([], answers, [], Now, "Asia/Singapore");

        charts.Stars.Should().Equal(0, 1, 0, 0, 2);
    }

    [Fact]
    public void Rows_older_than_the_charted_weeks_are_left_out()
    {
        var old = Now.AddDays(-7 * 13);

        var charts = OwnerCharts.Compute([Sent("1", old)], [Answer("1", old, Bucket.Happy)], [], Now, "Asia/Singapore");

        charts.Asked.Should().Be(0);
        charts.Answered.Should().Be(0);
        charts.Stars.Should().OnlyContain(n => n == 0);
    }
}
