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

        figures.Should().Be(new MonthlyFigures("2026-03", Asked: 2, Answered: 3, Happy: 1, Unhappy: 1, Unclear: 1,
            ReviewClicks: 1, ComplaintsResolved: 1, MedianResponseTime: TimeSpan.FromHours(4)));
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
            .Be(new MonthlyFigures("2026-03", 0, 0, 0, 0, 0, 0, 0, null));
    }

    [Fact]
    public void The_rendered_summary_names_every_figure()
    {
        var text = MonthlySummary.Render(new MonthlyFigures("2026-03", 40, 25, 18, 4, 3, 11, 3, TimeSpan.FromHours(5)), "Kim's Salon");

        text.Should().Contain("Kim's Salon").And.Contain("2026-03").And.Contain("Asked: 40").And.Contain("Answered: 25")
            .And.Contain("Happy: 18").And.Contain("Unhappy: 4").And.Contain("Unclear: 3").And.Contain("Review-link clicks: 11")
            .And.Contain("Complaints resolved: 3").And.Contain("5 hours");
    }
}
