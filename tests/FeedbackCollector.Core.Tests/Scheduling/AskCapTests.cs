using FeedbackCollector.Core.Model;
using FeedbackCollector.Core.Rules;
using FeedbackCollector.Core.Scheduling;
using static FeedbackCollector.Core.Tests.Scheduling.Visits;

namespace FeedbackCollector.Core.Tests.Scheduling;

public sealed class AskCapTests
{
    private static readonly DateTimeOffset VisitEnd = Sgt(2026, 11, 2, 14, 0);

    [Fact]
    public void A_customer_asked_within_the_window_is_not_asked_again_and_the_reason_names_the_day()
    {
        var prior = PriorAsk(Ann, AskId.ForVisit("square", "900"), Sgt(2026, 10, 2, 9, 30));

        SendTimePlanner.Plan(Request(EndingAt(VisitEnd), RulesIn(), prior: [prior]))
            .Should().Be(new PlanOutcome.NotPlanned("ask cap: already asked on 2026-10-02 (at most 1 per 90 days)"));
    }

    [Fact]
    public void The_reason_gives_the_day_on_the_business_calendar_not_in_utc()
    {
        // 2026-10-02 23:30 UTC is already 3 October in Singapore.
        var prior = PriorAsk(Ann, "a900", new DateTimeOffset(2026, 10, 2, 23, 30, 0, TimeSpan.Zero));

        SendTimePlanner.Plan(Request(EndingAt(VisitEnd), RulesIn(), prior: [prior]))
            .Should().BeOfType<PlanOutcome.NotPlanned>().Which.Reason.Should().Contain("2026-10-03");
    }

    [Fact]
    public void An_ask_already_planned_for_later_also_counts()
    {
        var later = PriorAsk(Ann, "a901", Sgt(2026, 11, 20, 10, 0));

        SendTimePlanner.Plan(Request(EndingAt(VisitEnd), RulesIn(), prior: [later]))
            .Should().Be(new PlanOutcome.NotPlanned("ask cap: another ask is planned for 2026-11-20 (at most 1 per 90 days)"));
    }

    [Fact]
    public void An_ask_older_than_the_window_does_not_count()
    {
        var old = PriorAsk(Ann, "a902", Sgt(2026, 8, 4, 16, 0));

        SentAt(SendTimePlanner.Plan(Request(EndingAt(VisitEnd), RulesIn(), prior: [old]))).Should().Be(Sgt(2026, 11, 2, 16, 0));
    }

    [Fact]
    public void The_ask_for_the_same_visit_is_not_counted_against_itself()
    {
        var visit = EndingAt(VisitEnd);
        var itself = PriorAsk(Ann, visit.AskId, Sgt(2026, 11, 2, 16, 0));

        SentAt(SendTimePlanner.Plan(Request(visit, RulesIn(), prior: [itself]))).Should().Be(Sgt(2026, 11, 2, 16, 0));
    }

    [Fact]
    public void Another_customers_asks_do_not_count()
    {
        var bob = new Customer(AskId.ForCustomer("bob@example.com", null), "Bob", "bob@example.com", null);

        SendTimePlanner.Plan(Request(EndingAt(VisitEnd), RulesIn(), prior: [PriorAsk(bob, "a903", Sgt(2026, 11, 1, 10, 0))]))
            .Should().BeOfType<PlanOutcome.Planned>();
    }

    [Fact]
    public void A_cap_of_two_allows_a_second_ask_but_not_a_third()
    {
        var rules = RulesIn() with { AskCap = new AskCap(2, TimeSpan.FromDays(30)) };
        var first = PriorAsk(Ann, "a904", Sgt(2026, 10, 20, 10, 0));
        var second = PriorAsk(Ann, "a905", Sgt(2026, 10, 28, 10, 0));

        SendTimePlanner.Plan(Request(EndingAt(VisitEnd), rules, prior: [first])).Should().BeOfType<PlanOutcome.Planned>();
        SendTimePlanner.Plan(Request(EndingAt(VisitEnd), rules, prior: [first, second]))
            .Should().Be(new PlanOutcome.NotPlanned("ask cap: already asked on 2026-10-28 (at most 2 per 30 days)"));
    }
}
