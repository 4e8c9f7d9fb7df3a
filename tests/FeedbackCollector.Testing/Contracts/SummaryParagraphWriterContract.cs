using FeedbackCollector.Core.Ports;
using FeedbackCollector.Core.Summary;
using FeedbackCollector.Core.Sweeps;
using static FeedbackCollector.Testing.Contracts.ContractIds;

namespace FeedbackCollector.Testing.Contracts;

/// <summary>
/// What every ISummaryParagraphWriter must do: from the figures alone, one paragraph for the owner (a well-behaved
/// writer's passes the number check); when it cannot answer it throws SummaryParagraphUnavailableException, never
/// anything else, so the job can send the plain paragraph instead.
/// </summary>
public abstract class SummaryParagraphWriterContract
{
    /// <summary>A writer that answers well (a model-backed one over a fake server answering a paragraph of the figures).</summary>
    protected abstract Task<ISummaryParagraphWriter> CreateWriterAsync(MonthlyFigures figures);

    /// <summary>A writer whose model cannot answer; null when the writer has no model to lose (the plain writer).</summary>
    protected virtual Task<ISummaryParagraphWriter?> CreateUnavailableWriterAsync() => Task.FromResult<ISummaryParagraphWriter?>(null);

    public static MonthlyFigures March { get; } = new("2026-03", Asked: 40, Answered: 25, Happy: 18, Unhappy: 4, Unclear: 3,
        ReviewLinkClicks: 11, ComplaintsOpened: 4, ComplaintsResolved: 3, MedianResponseTime: TimeSpan.FromHours(5))
    {
        ResponseRate = 63,
        LastMonth = new MonthlyFigures("2026-02", 35, 20, 15, 3, 2, 9, 3, 2, TimeSpan.FromHours(6)) { ResponseRate = 57 },
        ByVisitType = [new VisitTypeFigures("haircut", 30, 20, 15, 3, 2), new VisitTypeFigures("colour", 10, 5, 3, 1, 1)],
    };

    [Fact]
    public async Task It_writes_one_paragraph_from_the_figures_that_passes_the_number_check()
    {
        var writer = await CreateWriterAsync(March);

        var paragraph = await writer.WriteAsync(March, "Kim's Salon", Ct);

        paragraph.Should().NotBeNullOrWhiteSpace();
        SummaryParagraph.Check(paragraph, March, "Kim's Salon").Should().Be(ParagraphCheck.Pass);
    }

    [Fact]
    public async Task A_writer_that_cannot_answer_throws_the_unavailable_exception_only()
    {
        var writer = await CreateUnavailableWriterAsync();
        Assert.SkipWhen(writer is null, "this writer has no model that can be unavailable");

        var act = () => writer!.WriteAsync(March, "Kim's Salon", Ct);

        await act.Should().ThrowAsync<SummaryParagraphUnavailableException>();
    }
}
