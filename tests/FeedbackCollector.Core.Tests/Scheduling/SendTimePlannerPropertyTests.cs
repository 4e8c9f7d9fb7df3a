using FeedbackCollector.Core.Rules;
using FeedbackCollector.Core.Scheduling;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using static FeedbackCollector.Core.Tests.Scheduling.Visits;

namespace FeedbackCollector.Core.Tests.Scheduling;

public sealed class SendTimePlannerPropertyTests
{
    /// <summary>Zones with DST both ways, a 30-minute shift (Lord Howe), 45-minute offsets (Chatham) and none (Singapore).</summary>
    private static readonly string[] Zones =
        ["Asia/Singapore", "America/New_York", "Europe/London", "Australia/Lord_Howe", "Pacific/Chatham", "America/Santiago"];

    public sealed record PlanCase(BusinessRules Rules, HolidayCalendar Holidays, DateTimeOffset VisitEnd, DateTimeOffset Earliest)
    {
        public override string ToString() =>
            $"zone {Rules.TimeZone}, quiet {Rules.QuietHours.Start}-{Rules.QuietHours.End}, closed [{string.Join(",", Rules.ClosedDays)}], " +
            $"holidays [{string.Join(",", Holidays.Dates.Order())}], visit end {VisitEnd:o}, wait {Rules.DefaultWait}";
    }

    private static Gen<TimeOnly> MinuteOfDay => Gen.Choose(0, 1439).Select(m => new TimeOnly(m / 60, m % 60));

    private static Gen<PlanCase> Cases =>
        from zone in Gen.Elements(Zones)
        from quietStart in MinuteOfDay
        from quietEnd in MinuteOfDay
        from closedCount in Gen.Choose(0, 3)
        from closed in Gen.ArrayOf(Gen.Choose(0, 6).Select(d => (DayOfWeek)d), closedCount)
        from holidayCount in Gen.Choose(0, 6)
        from holidayOffsets in Gen.ArrayOf(Gen.Choose(-1, 20), holidayCount)
        from visitMinute in Gen.Choose(0, 3 * 365 * 1440)
        from waitMinutes in Gen.Choose(0, 4 * 1440)
        from nearTransition in Gen.Elements(true, false)
        from jitterMinutes in Gen.Choose(-2 * 1440, 2 * 1440)
        let anyTime = new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero).AddMinutes(visitMinute)
        let visitEnd = nearTransition ? NearNextTransition(zone, anyTime, jitterMinutes - waitMinutes) : anyTime
        let rules = RulesIn(zone, TimeSpan.FromMinutes(waitMinutes), closed) with { QuietHours = new QuietHours(quietStart, quietEnd) }
        let holidays = HolidayCalendar.Of(holidayOffsets.Select(o => DateOnly.FromDateTime(visitEnd.UtcDateTime).AddDays(o)))
        select new PlanCase(rules, holidays, visitEnd, visitEnd.AddMinutes(waitMinutes));

    /// <summary>
    /// Half the cases aim the earliest send within two days of a clock change, where planners go
    /// wrong; a zone without changes (Singapore) keeps the random time.
    /// </summary>
    private static DateTimeOffset NearNextTransition(string zoneId, DateTimeOffset from, int offsetMinutes)
    {
        var interval = DateTimeZoneProviders.Tzdb[zoneId].GetZoneInterval(Instant.FromDateTimeOffset(from));
        return interval.HasEnd ? interval.End.ToDateTimeOffset().AddMinutes(offsetMinutes) : from;
    }

    /// <summary>The rule stated on its own, from the wall clock of the zone, without the planner's code.</summary>
    private static bool Allowed(DateTimeOffset at, PlanCase c)
    {
        var local = Instant.FromDateTimeOffset(at).InZone(DateTimeZoneProviders.Tzdb[c.Rules.TimeZone]).LocalDateTime;
        var date = DateOnly.FromDateTime(local.ToDateTimeUnspecified());
        var time = TimeOnly.FromDateTime(local.ToDateTimeUnspecified());
        return !c.Rules.QuietHours.Contains(time) && !c.Rules.ClosedDays.Contains(date.DayOfWeek) && !c.Holidays.IsHoliday(date);
    }

    private static PlanOutcome PlanFor(PlanCase c) => SendTimePlanner.Plan(Request(EndingAt(c.VisitEnd), c.Rules, c.Holidays));

    [Fact]
    public void A_planned_send_is_never_in_quiet_hours_on_a_closed_day_or_holiday_nor_before_visit_end_plus_wait()
    {
        Prop.ForAll(Arb.From(Cases), c =>
            PlanFor(c) is PlanOutcome.Planned planned && planned.SendAt >= c.Earliest && Allowed(planned.SendAt, c))
            .QuickCheckThrowOnFailure();
    }

    [Fact]
    public void A_planned_send_is_the_earliest_allowed_minute()
    {
        Prop.ForAll(Arb.From(Cases), c =>
        {
            var sendAt = ((PlanOutcome.Planned)PlanFor(c)).SendAt;
            for (var t = c.Earliest; t < sendAt; t = t.AddMinutes(1))
            {
                if (Allowed(t, c)) return false;
            }
            return true;
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void A_suppressed_customer_is_never_planned_whatever_the_rules()
    {
        Prop.ForAll(Arb.From(Cases), c =>
            SendTimePlanner.Plan(Request(EndingAt(c.VisitEnd), c.Rules, c.Holidays, suppressed: true)) is PlanOutcome.NotPlanned)
            .QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Next_allowed_of_an_allowed_instant_is_that_instant()
    {
        Prop.ForAll(Arb.From(Cases), c =>
        {
            var sendAt = SendTimePlanner.NextAllowed(c.Earliest, c.Rules, c.Holidays);
            return SendTimePlanner.NextAllowed(sendAt, c.Rules, c.Holidays) == sendAt;
        }).QuickCheckThrowOnFailure();
    }
}
