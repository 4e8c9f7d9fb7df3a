using FeedbackCollector.Local.Scheduling;

namespace FeedbackCollector.Local.Tests.Scheduling;

public sealed class RecurringScheduleTests
{
    private static DateTimeOffset Utc(int y, int mo, int d, int h, int mi = 0) => new(y, mo, d, h, mi, 0, TimeSpan.Zero);

    [Fact]
    public void The_daily_sweep_is_next_due_at_its_local_time_today_or_tomorrow()
    {
        var daily = RecurringSchedule.Daily("Asia/Singapore", new TimeOnly(8, 0));

        daily.NextAfter(Utc(2026, 11, 27, 23, 0)).Should().Be(new DateTimeOffset(2026, 11, 28, 8, 0, 0, TimeSpan.FromHours(8)));
        daily.NextAfter(Utc(2026, 11, 28, 0, 0)).Should().Be(new DateTimeOffset(2026, 11, 29, 8, 0, 0, TimeSpan.FromHours(8)));
    }

    [Fact]
    public void An_occurrence_is_not_its_own_next_but_is_its_own_latest()
    {
        var daily = RecurringSchedule.Daily("Europe/London", new TimeOnly(7, 30));
        var occurrence = Utc(2026, 6, 1, 6, 30);

        daily.NextAfter(occurrence).Should().Be(Utc(2026, 6, 2, 6, 30));
        daily.LatestAtOrBefore(occurrence).Should().Be(occurrence);
        daily.LatestAtOrBefore(occurrence.AddTicks(-1)).Should().Be(Utc(2026, 5, 31, 6, 30));
    }

    [Fact]
    public void A_daily_time_that_does_not_exist_on_the_spring_forward_day_runs_shifted_by_the_gap()
    {
        // New York skips 02:00-03:00 on 2026-03-08; 02:30 runs at 03:30 EDT.
        var daily = RecurringSchedule.Daily("America/New_York", new TimeOnly(2, 30));

        daily.NextAfter(Utc(2026, 3, 8, 0)).Should().Be(Utc(2026, 3, 8, 7, 30));
        daily.NextAfter(Utc(2026, 3, 8, 7, 30)).Should().Be(Utc(2026, 3, 9, 6, 30));
    }

    [Fact]
    public void A_daily_time_that_happens_twice_on_the_fall_back_day_runs_once_at_the_earlier_instant()
    {
        // New York repeats 01:00-02:00 on 2026-11-01; 01:30 EDT is 05:30Z, 01:30 EST would be 06:30Z.
        var daily = RecurringSchedule.Daily("America/New_York", new TimeOnly(1, 30));

        var first = daily.NextAfter(Utc(2026, 11, 1, 0));
        first.Should().Be(Utc(2026, 11, 1, 5, 30));
        daily.NextAfter(first).Should().Be(Utc(2026, 11, 2, 6, 30), "the second 01:30 of the same day is not another occurrence");
        daily.OccurrenceKey(first).Should().Be("2026-11-01");
    }

    [Fact]
    public void The_monthly_summary_is_due_on_the_first_monday_at_nine_local()
    {
        var monthly = RecurringSchedule.MonthlyOnFirst("Asia/Singapore", DayOfWeek.Monday, new TimeOnly(9, 0));

        // 2026-12-01 is a Tuesday, so the first Monday is the 7th.
        monthly.NextAfter(Utc(2026, 11, 28, 0)).Should().Be(new DateTimeOffset(2026, 12, 7, 9, 0, 0, TimeSpan.FromHours(8)));
        // 2026-11-02 is the first Monday of November.
        monthly.LatestAtOrBefore(Utc(2026, 11, 28, 0)).Should().Be(new DateTimeOffset(2026, 11, 2, 9, 0, 0, TimeSpan.FromHours(8)));
    }

    [Fact]
    public void The_monthly_summary_keeps_nine_local_across_a_dst_change()
    {
        var monthly = RecurringSchedule.MonthlyOnFirst("America/New_York", DayOfWeek.Monday, new TimeOnly(9, 0));

        // 2026-03-02 (EST, -5) and 2026-04-06 (EDT, -4).
        monthly.NextAfter(Utc(2026, 2, 28, 0)).Should().Be(Utc(2026, 3, 2, 14));
        monthly.NextAfter(Utc(2026, 3, 2, 14)).Should().Be(Utc(2026, 4, 6, 13));
    }

    [Theory]
    [InlineData("America/New_York")]
    [InlineData("Europe/London")]
    [InlineData("Australia/Sydney")]
    [InlineData("Asia/Singapore")]
    public void Next_and_latest_agree_for_every_hour_of_a_year(string zone)
    {
        var schedules = new[]
        {
            RecurringSchedule.Daily(zone, new TimeOnly(2, 30)),
            RecurringSchedule.MonthlyOnFirst(zone, DayOfWeek.Monday, new TimeOnly(9, 0)),
        };
        foreach (var schedule in schedules)
        {
            for (var t = Utc(2026, 1, 1, 0); t < Utc(2027, 1, 1, 0); t = t.AddHours(7))
            {
                var next = schedule.NextAfter(t);
                var latest = schedule.LatestAtOrBefore(t);
                next.Should().BeAfter(t);
                latest.Should().BeOnOrBefore(t);
                schedule.LatestAtOrBefore(next).Should().Be(next);
                schedule.NextAfter(latest).Should().BeAfter(t);
            }
        }
    }

    [Fact]
    public void An_unknown_timezone_is_refused()
    {
        var act = () => RecurringSchedule.Daily("Mars/Olympus", new TimeOnly(8, 0));

        act.Should().Throw<ArgumentException>().WithMessage("*Mars/Olympus*");
    }
}
