using FeedbackCollector.Core.Flow;
using FeedbackCollector.Core.Summary;

namespace FeedbackCollector.App.Tests;

/// <summary>The monthly summary through FlowApp over fakes: the checked paragraph, then the table, once a month.</summary>
public sealed class MonthlySummaryEmailTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>A happy tap in March, then the first Monday of April at 9am in Singapore.</summary>
    private static async Task<AppWorld> MarchAsync()
    {
        var world = new AppWorld();
        var (_, token, _) = await world.SentAskAsync();
        await world.PostTapAsync(token, 5);
        world.Clock.SetUtcNow(new DateTimeOffset(2026, 4, 6, 1, 0, 0, TimeSpan.Zero));
        return world;
    }

    [Fact]
    public async Task The_summary_email_holds_the_writers_checked_paragraph_then_the_figures_as_a_table_in_both_parts()
    {
        using var world = await MarchAsync();
        world.FakeParagraphs.Answer = f => $"A calm March at Kim's Salon: {f.Asked} customer asked, {f.Happy} happy & no complaints.";

        var outcome = await world.App.SummarizeAsync(Ct);

        outcome.Should().BeEquivalentTo(new { Status = SummaryStatus.Written, ParagraphFallback = (string?)null });
        var mail = world.FakeMailer.SentTo("owner@kims.example").Should().ContainSingle().Subject;
        mail.Subject.Should().Be("Kim's Salon: your feedback for March 2026");
        mail.TextBody.Should().StartWith("A calm March at Kim's Salon: 1 customer asked, 1 happy & no complaints.\n\n");
        mail.TextBody.Should().MatchRegex(@"\nAsked\s+1\s").And.MatchRegex(@"\nReview-link clicks\s+0\s").And.Contain("haircut");
        mail.HtmlBody.Should().Contain("<p>A calm March at Kim&#39;s Salon: 1 customer asked, 1 happy &amp; no complaints.</p><table")
            .And.Contain("<th align=\"left\">Review-link clicks</th><td>0</td>").And.Contain("<th align=\"left\">haircut</th>");
    }

    [Fact]
    public async Task A_paragraph_with_a_wrong_number_falls_back_to_the_plain_paragraph_in_the_email()
    {
        using var world = await MarchAsync();
        world.FakeParagraphs.Answer = _ => "March: 12 happy customers and a 95% response rate.";

        var outcome = await world.App.SummarizeAsync(Ct);

        outcome.ParagraphFallback.Should().Be("states 12, which is not one of the figures");
        var mail = world.FakeMailer.SentTo("owner@kims.example").Should().ContainSingle().Subject;
        mail.TextBody.Should().StartWith(SummaryParagraph.Plain(outcome.Figures!, "Kim's Salon") + "\n\n").And.NotContain("95%");
    }

    [Fact]
    public async Task A_transient_mail_failure_throws_for_a_retry_and_the_retry_sends_the_one_summary_of_the_month()
    {
        using var world = await MarchAsync();
        world.FakeMailer.Script.FailNext(1, transient: true, "relay down");

        var first = () => world.App.SummarizeAsync(Ct);

        await first.Should().ThrowAsync<TransientFailureException>();
        (await world.App.SummarizeAsync(Ct)).Status.Should().Be(SummaryStatus.Written);
        (await world.App.SummarizeAsync(Ct)).Status.Should().Be(SummaryStatus.AlreadyWritten);
        world.FakeMailer.SentTo("owner@kims.example").Should().ContainSingle();
    }
}
