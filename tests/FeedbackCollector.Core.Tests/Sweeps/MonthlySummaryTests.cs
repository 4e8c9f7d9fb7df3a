using FeedbackCollector.Core.Model;
using FeedbackCollector.Core.Sweeps;

namespace FeedbackCollector.Core.Tests.Sweeps;

public sealed class MonthlySummaryTests
{
    private static readonly TimeSpan Sgt = TimeSpan.FromHours(8);
    private static readonly MonthWindow March = MonthWindow.For(2026, 3, "Asia/Singapore");

    private static Ask Ask(string id, DateTimeOffset? sentAt) =>
        new("c" + id, "a" + id, new Customer("c" + id, "Ann", "a@example.com", null), "haircut",
            DateTimeOffset.UnixEpoch, sentAt ?? DateTimeOffset.UnixEpoch, sentAt is null ? AskStatus.Pending : AskStatus.Sent, sentAt);

    private static Feedback Answer(string id, DateTimeOffset at, Bucket bucket) =>
        new("c" + id, "a" + id, at, Channel.Tap, "5", bucket, "x");

    private static AuditEntry Audit(string id, DateTimeOffset at, Move move) =>
        new("c" + id, at, "a" + id, null, move, null, "system");

    [Fact]
    public void A_month_in_singapore_starts_at_local_midnight_on_the_first()
    {
        March.From.Should().Be(new DateTimeOffset(2026, 3, 1, 0, 0, 0, Sgt));
        March.To.Should().Be(new DateTimeOffset(2026, 4, 1, 0, 0, 0, Sgt));
        March.Key.Should().Be("2026-03");
    }

    [Fact]
    public void A_month_across_a_dst_change_still_starts_at_local_midnight()
    {
        var london = MonthWindow.For(2026, 3, "Europe/London");

        london.From.Should().Be(new DateTimeOffset(2026, 3, 1, 0, 0, 0, TimeSpan.Zero));
        london.To.Should().Be(new DateTimeOffset(2026, 4, 1, 0, 0, 0, TimeSpan.FromHours(1)));
    }

    [Fact]
    public void The_previous_month_is_taken_in_the_business_timezone()
    {
        // 1 April 00:30 in Singapore is still 31 March in UTC.
        var now = new DateTimeOffset(2026, 3, 31, 16, 30, 0, TimeSpan.Zero);

        MonthWindow.Previous(now, "Asia/Singapore").Key.Should().Be("2026-03");
        MonthWindow.Previous(now, "UTC").Key.Should().Be("2026-02");
    }

    [Fact]
    public void The_figures_count_only_what_happened_in_the_month()
    {
        var asks = new[]
        {
            Ask("1", new(2026, 3, 1, 0, 0, 0, Sgt)),
            Ask("2", new(2026, 3, 10, 9, 0, 0, Sgt)),
            Ask("3", new(2026, 2, 28, 23, 59, 0, Sgt)),
            Ask("4", null),
        };
        var feedback = new[]
        {
            Answer("1", new(2026, 3, 1, 2, 0, 0, Sgt), Bucket.Happy),
            Answer("2", new(2026, 3, 10, 13, 0, 0, Sgt), Bucket.Unhappy),
            Answer("3", new(2026, 3, 2, 0, 59, 0, Sgt), Bucket.Unclear),
            Answer("5", new(2026, 4, 1, 0, 0, 0, Sgt), Bucket.Happy),
        };
        var audit = new[]
        {
            Audit("1", new(2026, 3, 1, 3, 0, 0, Sgt), Move.ReviewClick),
            Audit("1", new(2026, 3, 1, 4, 0, 0, Sgt), Move.ReviewNudge),
            Audit("2", new(2026, 3, 11, 0, 0, 0, Sgt), Move.Resolved),
            Audit("9", new(2026, 2, 28, 0, 0, 0, Sgt), Move.ReviewClick),
        };

        var figures = MonthlySummary.Compute(March, asks, feedback, audit);

        figures.Should().BeEquivalentTo(new MonthlyFigures("2026-03", Asked: 2, Answered: 3, Happy: 1, Unhappy: 1, Unclear: 1,
            ReviewLinkClicks: 1, ComplaintsOpened: 1, ComplaintsResolved: 1, MedianResponseTime: TimeSpan.FromHours(4))
        {
            ResponseRate = 100,
            ByVisitType = [new VisitTypeFigures("haircut", 2, 3, 1, 1, 1)],
        });
    }

    [Fact]
    public void A_complaint_counts_as_resolved_only_when_no_review_link_went_to_that_customer_before_it()
    {
        var audit = new[]
        {
            Audit("1", new(2026, 3, 5, 0, 0, 0, Sgt), Move.Resolved),
            Audit("2", new(2026, 2, 20, 0, 0, 0, Sgt), Move.ReviewNudge) with { SentVia = "email" },
            Audit("2", new(2026, 3, 5, 0, 0, 0, Sgt), Move.Resolved),
            Audit("3", new(2026, 3, 4, 0, 0, 0, Sgt), Move.ReviewNudge) with { Detail = "failed permanently" },
            Audit("3", new(2026, 3, 5, 0, 0, 0, Sgt), Move.Resolved),
            Audit("4", new(2026, 3, 5, 0, 0, 0, Sgt), Move.Resolved),
            Audit("4", new(2026, 3, 6, 0, 0, 0, Sgt), Move.ReviewClick),
        };

        MonthlySummary.Compute(March, [], [], audit).ComplaintsResolved.Should().Be(3,
            "customer 2 had a review nudge before; a nudge that never left and a click after the resolve do not count against it");
    }

    [Fact]
    public void The_median_of_an_even_count_is_the_mean_of_the_middle_two()
    {
        MonthlySummary.Median([TimeSpan.FromHours(1), TimeSpan.FromHours(9), TimeSpan.FromHours(2), TimeSpan.FromHours(4)])
            .Should().Be(TimeSpan.FromHours(3));
        MonthlySummary.Median([]).Should().BeNull();
    }

    [Fact]
    public void An_empty_month_has_zero_figures_and_no_median()
    {
        MonthlySummary.Compute(March, [], [], []).Should()
            .BeEquivalentTo(new MonthlyFigures("2026-03", 0, 0, 0, 0, 0, 0, 0, 0, null));
    }

    [Fact]
    public void The_response_rate_is_the_share_of_the_months_asks_answered_even_after_the_month_ended()
    {
        var asks = new[] { Ask("1", new(2026, 3, 30, 10, 0, 0, Sgt)), Ask("2", new(2026, 3, 5, 10, 0, 0, Sgt)), Ask("3", new(2026, 3, 6, 10, 0, 0, Sgt)) };
        var feedback = new[] { Answer("1", new(2026, 4, 2, 10, 0, 0, Sgt), Bucket.Happy), Answer("2", new(2026, 3, 5, 12, 0, 0, Sgt), Bucket.Happy) };

        var figures = MonthlySummary.Compute(March, asks, feedback, []);

        figures.ResponseRate.Should().Be(67, "2 of the 3 March asks have an answer, one of them from April");
        figures.Answered.Should().Be(1, "only one answer came in March");
    }

    [Fact]
    public void Last_month_is_computed_alongside_for_the_change()
    {
        var february = MonthWindow.Before(March, "Asia/Singapore");
        var asks = new[] { Ask("1", new(2026, 2, 10, 10, 0, 0, Sgt)), Ask("2", new(2026, 3, 10, 10, 0, 0, Sgt)), Ask("3", new(2026, 3, 11, 10, 0, 0, Sgt)) };
        var feedback = new[] { Answer("1", new(2026, 2, 10, 12, 0, 0, Sgt), Bucket.Unhappy), Answer("2", new(2026, 3, 10, 11, 0, 0, Sgt), Bucket.Happy) };

        var figures = MonthlySummary.Compute(March, asks, feedback, [], february);

        february.Key.Should().Be("2026-02");
        figures.Asked.Should().Be(2);
        figures.LastMonth.Should().BeEquivalentTo(new { Month = "2026-02", Asked = 1, Answered = 1, Unhappy = 1, ComplaintsOpened = 1, ResponseRate = 100 });
        figures.LastMonth!.LastMonth.Should().BeNull();
    }

    [Fact]
    public void Figures_are_split_per_visit_type_and_an_answer_to_an_unknown_ask_counts_as_other()
    {
        var colour = Ask("2", new(2026, 3, 10, 10, 0, 0, Sgt)) with { VisitType = "colour" };
        var asks = new[] { Ask("1", new(2026, 3, 9, 10, 0, 0, Sgt)), colour };
        var feedback = new[]
        {
            Answer("1", new(2026, 3, 9, 12, 0, 0, Sgt), Bucket.Happy),
            Answer("2", new(2026, 3, 10, 12, 0, 0, Sgt), Bucket.Unhappy),
            Answer("9", new(2026, 3, 10, 12, 0, 0, Sgt), Bucket.Unclear),
        };

        MonthlySummary.Compute(March, asks, feedback, []).ByVisitType.Should().Equal(
            new VisitTypeFigures("colour", 1, 1, 0, 1, 0), new VisitTypeFigures("haircut", 1, 1, 1, 0, 0), new VisitTypeFigures("other", 0, 1, 0, 0, 1));
    }

    [Fact]
    public void A_complaint_opened_is_an_unhappy_answer_or_one_the_owner_marked_unhappy_not_one_marked_happy()
    {
        var feedback = new[]
        {
            Answer("1", new(2026, 3, 9, 12, 0, 0, Sgt), Bucket.Unhappy),
            Answer("2", new(2026, 3, 9, 12, 0, 0, Sgt), Bucket.Unclear),
            Answer("3", new(2026, 3, 9, 12, 0, 0, Sgt), Bucket.Unhappy),
        };
        var audit = new[] { Audit("2", new(2026, 3, 10, 0, 0, 0, Sgt), Move.MarkedUnhappy), Audit("3", new(2026, 3, 10, 0, 0, 0, Sgt), Move.MarkedHappy) };

        MonthlySummary.Compute(March, [], feedback, audit).ComplaintsOpened.Should().Be(2);
    }

    [Fact]
    public void The_table_names_every_figure_with_last_month_and_the_change()
    {
        var figures = new MonthlyFigures("2026-03", 40, 25, 18, 4, 3, 11, 4, 3, TimeSpan.FromHours(5))
        {
            ResponseRate = 63,
            LastMonth = new MonthlyFigures("2026-02", 35, 20, 15, 3, 2, 9, 3, 2, TimeSpan.FromHours(6)) { ResponseRate = 57 },
            ByVisitType = [new VisitTypeFigures("haircut", 30, 20, 15, 3, 2)],
        };

        var text = FeedbackCollector.Core.Summary.SummaryTable.RenderText(figures);

        text.Should().Contain("March 2026").And.Contain("February 2026").And.Contain("Review-link clicks").And.Contain("Complaints opened")
            .And.Contain("Complaints resolved before going public").And.Contain("63%").And.Contain("+6 pts").And.Contain("5 hours")
            .And.Contain("haircut").And.NotContain("reviews earned");
        text.Split('\n').Should().Contain(l => l.StartsWith("Asked", StringComparison.Ordinal) && l.Contains("40") && l.Contains("35") && l.Contains("+5"));
    }
}
