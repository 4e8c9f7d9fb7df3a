using FeedbackCollector.Core.Tokens;
using FeedbackCollector.Core.Flow;
using FeedbackCollector.Core.Model;
using FeedbackCollector.Core.Ports;

namespace FeedbackCollector.Core.Tests.Flow;

public sealed class MonthlySummaryJobTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<FlowWorld> MarchWithAnswersAsync()
    {
        var world = new FlowWorld();
        var happy = await world.SentAskAsync("m-1");
        await world.Answers.TapAsync(await world.TokenForAsync(happy), 5, null, Ct);
        await world.Dispatch.RunAsync(happy.CustomerId, happy.AskId, Ct);
        world.Time.Advance(TimeSpan.FromHours(2));
        await world.ReviewClick.RunAsync(await world.TokenForAsync(happy, TokenPurpose.Review), Ct);
        // First Monday of April, 9am in Singapore.
        world.Time.SetUtcNow(new DateTimeOffset(2026, 4, 6, 1, 0, 0, TimeSpan.Zero));
        return world;
    }

    [Fact]
    public async Task The_summary_for_last_month_is_written_once_with_its_figures()
    {
        var world = await MarchWithAnswersAsync();

        var first = await world.Monthly.RunAsync(Ct);
        var second = await world.Monthly.RunAsync(Ct);

        first.Status.Should().Be(SummaryStatus.Written);
        first.Figures.Should().BeEquivalentTo(new { Month = "2026-03", Asked = 1, Answered = 1, Happy = 1, ReviewLinkClicks = 1 });
        second.Status.Should().Be(SummaryStatus.AlreadyWritten);
        world.Summaries.Written.Should().ContainSingle().Which.Text.Should().Contain("asked 1 customer").And.MatchRegex(@"Review-link clicks\s+1");
    }

    [Fact]
    public async Task A_transient_failure_leaves_the_month_unwritten_so_the_next_run_sends_it()
    {
        var world = await MarchWithAnswersAsync();
        world.Summaries.Script.FailNext(1, transient: true, "smtp down");

        var failed = await world.Monthly.RunAsync(Ct);
        var retried = await world.Monthly.RunAsync(Ct);

        failed.Should().BeEquivalentTo(new { Status = SummaryStatus.Failed, Retry = true, Detail = "smtp down" });
        retried.Status.Should().Be(SummaryStatus.Written);
        world.Summaries.Written.Should().ContainSingle();
        (await world.Blobs.GetAsync(BlobArea.Rules, MonthlySummaryJob.SummaryKey("2026-03"), Ct)).Should().NotBeNull();
    }

    [Fact]
    public async Task A_month_can_be_summarised_on_request_and_is_still_written_once()
    {
        var world = await MarchWithAnswersAsync();

        await world.Monthly.RunForAsync(2026, 3, Ct);
        var scheduled = await world.Monthly.RunAsync(Ct);

        scheduled.Status.Should().Be(SummaryStatus.AlreadyWritten);
    }

    [Fact]
    public async Task The_writers_paragraph_is_sent_when_every_number_in_it_is_a_figure()
    {
        var world = await MarchWithAnswersAsync();
        world.Paragraphs.Answer = f => $"March went well: you asked {f.Asked} customer and {f.Happy} was happy, with {f.ReviewLinkClicks} review-link click.";

        var outcome = await world.Monthly.RunAsync(Ct);

        outcome.ParagraphFallback.Should().BeNull();
        var letter = world.Summaries.Written.Should().ContainSingle().Subject.Letter;
        letter.Paragraph.Should().StartWith("March went well");
        world.Paragraphs.Asked.Should().ContainSingle().Which.Month.Should().Be("2026-03");
    }

    [Fact]
    public async Task A_paragraph_stating_a_number_that_is_not_a_figure_gives_way_to_the_plain_paragraph_and_says_why()
    {
        var world = await MarchWithAnswersAsync();
        world.Paragraphs.Answer = _ => "A record March: 47 happy customers and 12 new reviews.";

        var outcome = await world.Monthly.RunAsync(Ct);

        outcome.Status.Should().Be(SummaryStatus.Written);
        outcome.ParagraphFallback.Should().Contain("47");
        world.Summaries.Written.Single().Letter.Paragraph.Should().Be(FeedbackCollector.Core.Summary.SummaryParagraph.Plain(outcome.Figures!, "Kim's Salon"));
    }

    [Fact]
    public async Task An_unavailable_writer_still_lets_the_month_go_out_with_the_plain_paragraph()
    {
        var world = await MarchWithAnswersAsync();
        world.Paragraphs.Unavailable = true;

        var outcome = await world.Monthly.RunAsync(Ct);

        outcome.Status.Should().Be(SummaryStatus.Written);
        outcome.ParagraphFallback.Should().Contain("unavailable");
        world.Summaries.Written.Should().ContainSingle();
    }
}
