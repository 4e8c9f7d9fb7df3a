using FeedbackCollector.Core.Model;
using FeedbackCollector.Core.Rules;
using FeedbackCollector.Core.Scheduling;

namespace FeedbackCollector.Core.Tests.Scheduling;

/// <summary>Small builders for planner tests.</summary>
internal static class Visits
{
    public static readonly Customer Ann = new(AskId.ForCustomer("ann@example.com", null), "Ann", "ann@example.com", null);

    public static Visit EndingAt(DateTimeOffset endedAt, string visitType = "haircut", string sourceId = "1001", Customer? customer = null) =>
        new("square", sourceId, customer ?? Ann, visitType, endedAt);

    /// <summary>Singapore defaults: quiet 21:00–09:00, a 2-hour wait, no closed days.</summary>
    public static BusinessRules RulesIn(string zone = "Asia/Singapore", TimeSpan? wait = null, params DayOfWeek[] closed) => new()
    {
        TimeZone = zone,
        DefaultWait = wait ?? TimeSpan.FromHours(2),
        ClosedDays = closed.ToHashSet(),
    };

    public static PlanRequest Request(Visit visit, BusinessRules rules, HolidayCalendar? holidays = null, IReadOnlyList<Ask>? prior = null, bool suppressed = false) =>
        new(visit, rules, holidays ?? HolidayCalendar.Empty, prior ?? [], suppressed);

    public static Ask PriorAsk(Customer customer, string askId, DateTimeOffset sendAt) =>
        new(customer.CustomerId, askId, customer, "haircut", sendAt.AddHours(-2), sendAt, AskStatus.Sent, SentAt: sendAt);

    public static DateTimeOffset Sgt(int year, int month, int day, int hour, int minute = 0) =>
        new(year, month, day, hour, minute, 0, TimeSpan.FromHours(8));

    public static DateTimeOffset SentAt(PlanOutcome outcome) =>
        outcome.Should().BeOfType<PlanOutcome.Planned>().Subject.SendAt;
}
