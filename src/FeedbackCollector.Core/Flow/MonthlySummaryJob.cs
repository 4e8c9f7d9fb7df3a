using System.Text;
using FeedbackCollector.Core.Model;
using FeedbackCollector.Core.Ports;
using FeedbackCollector.Core.Summary;
using FeedbackCollector.Core.Sweeps;

namespace FeedbackCollector.Core.Flow;

public enum SummaryStatus { Written, AlreadyWritten, Failed }

/// <param name="Retry">True when writing failed transiently: run again.</param>
public sealed record SummaryOutcome(string Month, SummaryStatus Status, MonthlyFigures? Figures, bool Retry, string? Detail = null)
{
    /// <summary>Why the plain paragraph replaced the writer's (a failed check or an unavailable model); null when the writer's stood.</summary>
    public string? ParagraphFallback { get; init; }
}

/// <summary>
/// The monthly owner summary (first Monday, 9am). The month's natural key is the blob
/// summaries/yyyy-MM.txt in the rules area: it is written after the summary went out, and a month
/// that has it is not written again, so a re-run schedule or a retried invocation sends one summary.
/// The paragraph comes from the paragraph writer (a model on AWS) given the figures only, and is checked: a paragraph
/// stating a number that is not a figure, or a writer that cannot answer, gives way to the plain paragraph, and the
/// outcome says why.
/// </summary>
public sealed class MonthlySummaryJob(
    IAskStore asks, IFeedbackStore feedback, IAuditLog audit, IBlobStore blobs, ISummaryWriter writer,
    ISummaryParagraphWriter paragraphs, OwnerDocs docs, TimeProvider time)
{
    public static string SummaryKey(string month) => $"summaries/{month}.txt";

    /// <summary>How far before the month a review link sent to a customer still counts against "resolved before it went public".</summary>
    public static readonly TimeSpan ReviewLinkLookback = TimeSpan.FromDays(365);

    /// <summary>Summarises the month before now, in the business's timezone.</summary>
    public async Task<SummaryOutcome> RunAsync(CancellationToken ct = default)
    {
        var current = await docs.LoadAsync(ct);
        return await RunAsync(MonthWindow.Previous(time.GetUtcNow(), current.Rules.TimeZone), current, ct);
    }

    public async Task<SummaryOutcome> RunForAsync(int year, int month, CancellationToken ct = default)
    {
        var current = await docs.LoadAsync(ct);
        return await RunAsync(MonthWindow.For(year, month, current.Rules.TimeZone), current, ct);
    }

    private async Task<SummaryOutcome> RunAsync(MonthWindow window, OwnerDocSet current, CancellationToken ct)
    {
        var key = SummaryKey(window.Key);
        if (await blobs.GetAsync(BlobArea.Rules, key, ct) is not null)
        {
            return new SummaryOutcome(window.Key, SummaryStatus.AlreadyWritten, null, false);
        }
        var lastMonth = MonthWindow.Before(window, current.Rules.TimeZone);
        var figures = MonthlySummary.Compute(window, await AllAsksAsync(ct),
            await feedback.ListReceivedAsync(lastMonth.From, Later(window.To, time.GetUtcNow()), ct),
            await audit.ListAsync(lastMonth.From - ReviewLinkLookback, window.To, ct), lastMonth);
        var business = current.Rules.BusinessName;
        var paragraph = await ParagraphAsync(figures, business, ct);
        var letter = new SummaryLetter(window.Key, $"{business}: your feedback for {SummaryTable.MonthName(window.Key)}", business,
            paragraph.Text, figures);
        var sent = await writer.WriteAsync(letter, ct);
        if (!sent.Sent)
        {
            return new SummaryOutcome(window.Key, SummaryStatus.Failed, figures, sent.Transient, sent.Error) { ParagraphFallback = paragraph.Fallback };
        }
        await blobs.PutAsync(BlobArea.Rules, key, Encoding.UTF8.GetBytes(letter.Text), "text/plain; charset=utf-8", ct);
        return new SummaryOutcome(window.Key, SummaryStatus.Written, figures, false) { ParagraphFallback = paragraph.Fallback };
    }

    /// <summary>The writer's paragraph when it passes the check; else the plain one, with the reason.</summary>
    private async Task<ChosenParagraph> ParagraphAsync(MonthlyFigures figures, string business, CancellationToken ct)
    {
        try
        {
            return SummaryParagraph.Choose(await paragraphs.WriteAsync(figures, business, ct), figures, business);
        }
        catch (SummaryParagraphUnavailableException e)
        {
            // The owner still gets the month's summary; a model outage must not hold it back.
            return new ChosenParagraph(SummaryParagraph.Plain(figures, business), "the paragraph writer is unavailable: " + e.Message);
        }
    }

    // Answers to the month's asks may arrive after it ends; the response rate counts those that came by now.
    private static DateTimeOffset Later(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;

    // Asks that went out may be sent, answered or closed by now; the summary filters by SentAt.
    private async Task<List<Ask>> AllAsksAsync(CancellationToken ct)
    {
        var all = new List<Ask>();
        foreach (var status in new[] { AskStatus.Sent, AskStatus.Answered, AskStatus.Closed })
        {
            all.AddRange(await asks.ListByStatusAsync(status, ct));
        }
        return all;
    }
}
