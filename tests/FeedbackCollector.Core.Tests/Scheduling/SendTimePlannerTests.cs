using FeedbackCollector.Core.Rules;
using FeedbackCollector.Core.Scheduling;
using static FeedbackCollector.Core.Tests.Scheduling.Visits;

namespace FeedbackCollector.Core.Tests.Scheduling;

public sealed class SendTimePlannerTests
{
    [Fact]
    public void An_ask_goes_out_at_visit_end_plus_wait_when_that_is_allowed()
    {
        var outcome = SendTimePlanner.Plan(Request(EndingAt(Sgt(2026, 6, 10, 14, 30)), RulesIn()));

        SentAt(outcome).Should().Be(Sgt(2026, 6, 10, 16, 30));
        SentAt(outcome).Offset.Should().Be(TimeSpan.FromHours(8), "send times are given in the business's offset");
    }

    [Fact]
    public void The_wait_for_the_visit_type_is_used_when_the_rules_name_one()
    {
        var rules = RulesIn() with { WaitByVisitType = new Dictionary<string, TimeSpan>(StringComparer.OrdinalIgnoreCase) { ["Colour"] = TimeSpan.FromDays(1) } };

        SentAt(SendTimePlanner.Plan(Request(EndingAt(Sgt(2026, 6, 10, 14, 0), visitType: "colour"), rules)))
            .Should().Be(Sgt(2026, 6, 11, 14, 0));
    }

    [Fact]
    public void An_ask_due_in_the_evening_waits_for_the_end_of_quiet_hours_the_next_morning()
    {
        SentAt(SendTimePlanner.Plan(Request(EndingAt(Sgt(2026, 6, 10, 20, 30)), RulesIn())))
            .Should().Be(Sgt(2026, 6, 11, 9, 0));
    }

    [Fact]
    public void An_ask_due_after_midnight_waits_until_the_morning_of_the_same_day()
    {
        SentAt(SendTimePlanner.Plan(Request(EndingAt(Sgt(2026, 6, 10, 23, 15)), RulesIn())))
            .Should().Be(Sgt(2026, 6, 11, 9, 0));
    }

    [Fact]
    public void Quiet_hours_inside_one_day_are_respected_too()
    {
        var rules = RulesIn() with { QuietHours = new QuietHours(new TimeOnly(12, 0), new TimeOnly(14, 0)) };

        SentAt(SendTimePlanner.Plan(Request(EndingAt(Sgt(2026, 6, 10, 11, 0)), rules))).Should().Be(Sgt(2026, 6, 10, 14, 0));
        SentAt(SendTimePlanner.Plan(Request(EndingAt(Sgt(2026, 6, 10, 22, 0)), rules))).Should().Be(Sgt(2026, 6, 11, 0, 0));
    }

    [Fact]
    public void An_ask_skips_closed_days_and_holidays_and_lands_at_the_end_of_quiet_hours()
    {
        // Saturday evening; Sunday is closed and Monday 10 August 2026 is National Day observed.
        var holidays = HolidayCalendar.Of([new DateOnly(2026, 8, 10)]);

        var outcome = SendTimePlanner.Plan(Request(EndingAt(Sgt(2026, 8, 8, 19, 30)), RulesIn(closed: DayOfWeek.Sunday), holidays));

        SentAt(outcome).Should().Be(Sgt(2026, 8, 11, 9, 0));
    }

    [Fact]
    public void A_suppressed_customer_is_not_asked()
    {
        SendTimePlanner.Plan(Request(EndingAt(Sgt(2026, 6, 10, 14, 0)), RulesIn(), suppressed: true))
            .Should().Be(new PlanOutcome.NotPlanned("customer unsubscribed or suppressed"));
    }

    [Fact]
    public void A_customer_without_email_or_phone_is_not_asked()
    {
        var nobody = Ann with { Email = null, Phone = " " };

        SendTimePlanner.Plan(Request(EndingAt(Sgt(2026, 6, 10, 14, 0), customer: nobody), RulesIn()))
            .Should().Be(new PlanOutcome.NotPlanned("no email or phone"));
    }

    [Fact]
    public void A_week_of_closed_days_gives_a_reason_instead_of_looping_forever()
    {
        var rules = RulesIn(closed: Enum.GetValues<DayOfWeek>());

        var outcome = SendTimePlanner.Plan(Request(EndingAt(Sgt(2026, 6, 10, 14, 0)), rules));

        outcome.Should().BeOfType<PlanOutcome.NotPlanned>().Which.Reason.Should().Contain("366 days").And.Contain("closed or a holiday");
        var act = () => SendTimePlanner.NextAllowed(Sgt(2026, 6, 10, 14, 0), rules, HolidayCalendar.Empty);
        act.Should().Throw<InvalidOperationException>();
    }

    [Fact]
    public void A_year_of_holidays_is_as_hopeless_as_a_week_of_closed_days()
    {
        var everyDay = HolidayCalendar.Of(Enumerable.Range(0, 400).Select(i => new DateOnly(2026, 6, 1).AddDays(i)));

        SendTimePlanner.TryNextAllowed(Sgt(2026, 6, 10, 14, 0), RulesIn(), everyDay).Should().BeNull();
    }

    [Fact]
    public void An_unknown_time_zone_is_a_reason_not_a_crash()
    {
        SendTimePlanner.Plan(Request(EndingAt(Sgt(2026, 6, 10, 14, 0)), RulesIn(zone: "Mars/Olympus_Mons")))
            .Should().Be(new PlanOutcome.NotPlanned("unknown time zone \"Mars/Olympus_Mons\""));
    }

    [Fact]
    public void Next_allowed_serves_follow_ups_with_the_same_rules()
    {
        SendTimePlanner.NextAllowed(Sgt(2026, 6, 13, 22, 0), RulesIn(closed: DayOfWeek.Sunday), HolidayCalendar.Empty)
            .Should().Be(Sgt(2026, 6, 15, 9, 0));
    }
}
