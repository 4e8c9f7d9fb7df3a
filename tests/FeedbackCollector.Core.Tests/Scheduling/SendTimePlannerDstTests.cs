using FeedbackCollector.Core.Rules;
using FeedbackCollector.Core.Scheduling;
using static FeedbackCollector.Core.Tests.Scheduling.Visits;

namespace FeedbackCollector.Core.Tests.Scheduling;

/// <summary>New York springs forward on 2026-03-08 (02:00 EST → 03:00 EDT) and falls back on 2026-11-01 (02:00 EDT → 01:00 EST).</summary>
public sealed class SendTimePlannerDstTests
{
    private static readonly TimeSpan Est = TimeSpan.FromHours(-5);
    private static readonly TimeSpan Edt = TimeSpan.FromHours(-4);

    private static BusinessRules NewYork(int quietStartHour, int quietEndHour, int quietEndMinute = 0, TimeSpan? wait = null) =>
        RulesIn("America/New_York", wait) with
        {
            QuietHours = new QuietHours(new TimeOnly(quietStartHour, 0), new TimeOnly(quietEndHour, quietEndMinute)),
        };

    [Fact]
    public void When_quiet_hours_end_inside_the_spring_forward_gap_the_ask_goes_when_the_clock_jumps()
    {
        // Quiet 22:00–02:30, but 02:30 does not exist that night: the first allowed wall time is 03:00 EDT.
        var rules = NewYork(22, 2, 30, wait: TimeSpan.Zero);

        var sendAt = SendTimePlanner.NextAllowed(new DateTimeOffset(2026, 3, 7, 23, 0, 0, Est), rules, HolidayCalendar.Empty);

        sendAt.Should().Be(new DateTimeOffset(2026, 3, 8, 3, 0, 0, Edt));
        sendAt.Offset.Should().Be(Edt);
    }

    [Fact]
    public void The_wait_is_elapsed_time_so_it_spans_the_lost_hour()
    {
        var rules = NewYork(22, 1, wait: TimeSpan.FromHours(1));

        SentAt(SendTimePlanner.Plan(Request(EndingAt(new DateTimeOffset(2026, 3, 8, 1, 30, 0, Est)), rules)))
            .Should().Be(new DateTimeOffset(2026, 3, 8, 3, 30, 0, Edt));
    }

    [Fact]
    public void When_quiet_hours_end_in_the_repeated_hour_of_fall_back_the_first_occurrence_is_used()
    {
        var rules = NewYork(21, 1, 30);

        SendTimePlanner.NextAllowed(new DateTimeOffset(2026, 10, 31, 23, 0, 0, Edt), rules, HolidayCalendar.Empty)
            .Should().Be(new DateTimeOffset(2026, 11, 1, 1, 30, 0, Edt));
    }

    [Fact]
    public void During_the_second_pass_of_the_repeated_hour_quiet_hours_still_hold_until_the_wall_clock_says_so()
    {
        // 01:10 EST comes after 01:59 EDT; on the wall clock it is quiet again until 01:30 (EST this time).
        var rules = NewYork(21, 1, 30);

        SendTimePlanner.NextAllowed(new DateTimeOffset(2026, 11, 1, 1, 10, 0, Est), rules, HolidayCalendar.Empty)
            .Should().Be(new DateTimeOffset(2026, 11, 1, 1, 30, 0, Est));
    }

    [Fact]
    public void A_quiet_end_after_the_fall_back_hour_happens_once_at_the_standard_time_offset()
    {
        var rules = NewYork(21, 9);

        SentAt(SendTimePlanner.Plan(Request(EndingAt(new DateTimeOffset(2026, 10, 31, 20, 0, 0, Edt)), rules)))
            .Should().Be(new DateTimeOffset(2026, 11, 1, 9, 0, 0, Est));
    }

    [Fact]
    public void Singapore_has_no_daylight_saving_and_plans_on_a_fixed_offset_all_year()
    {
        var winter = SentAt(SendTimePlanner.Plan(Request(EndingAt(Sgt(2026, 1, 15, 20, 0)), RulesIn())));
        var summer = SentAt(SendTimePlanner.Plan(Request(EndingAt(Sgt(2026, 7, 15, 20, 0)), RulesIn())));

        winter.Should().Be(Sgt(2026, 1, 16, 9, 0));
        summer.Should().Be(Sgt(2026, 7, 16, 9, 0));
        new[] { winter.Offset, summer.Offset }.Should().AllBeEquivalentTo(TimeSpan.FromHours(8));
    }

    [Fact]
    public void A_visit_recorded_in_utc_is_judged_on_the_singapore_wall_clock()
    {
        // 13:30 UTC + 2 h = 23:30 in Singapore: quiet, so 09:00 the next morning.
        var visit = EndingAt(new DateTimeOffset(2026, 5, 4, 13, 30, 0, TimeSpan.Zero));

        SentAt(SendTimePlanner.Plan(Request(visit, RulesIn()))).Should().Be(Sgt(2026, 5, 5, 9, 0));
    }
}
