using System.Text;
using FeedbackCollector.Core.Model;
using FeedbackCollector.Core.Ports;
using FeedbackCollector.Core.Sweeps;

namespace FeedbackCollector.Core.Flow;

public enum SummaryStatus { Written, AlreadyWritten, Failed }

/// <param name="Retry">True when writing failed transiently: run again.</param>
public sealed record SummaryOutcome(string Month, SummaryStatus Status, MonthlyFigures? Figures, bool Retry, string? Detail = null);

/// <summary>
/// The monthly owner summary (first Monday, 9am). The month's natural key is the blob
/// summaries/yyyy-MM.txt in the rules area: it is written after the summary went out, and a month
/// that has it is not written again, so a re-run schedule or a retried invocation sends one summary.
/// </summary>
public sealed class MonthlySummaryJob(
    IAskStore asks, IFeedbackStore feedback, IAuditLog audit, IBlobStore blobs, ISummaryWriter writer,
    OwnerDocs docs, TimeProvider time)
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
        var figures = MonthlySummary.Compute(window, await AllAsksAsync(ct),
            await feedback.ListReceivedAsync(window.From, window.To, ct), await audit.ListAsync(window.From - ReviewLinkLookback, window.To, ct));
        var text = MonthlySummary.Render(figures, current.Rules.BusinessName);
        var sent = await writer.WriteAsync(window.Key, $"{current.Rules.BusinessName}: your feedback for {window.Key}", text, ct);
        if (!sent.Sent)
        {
            return new SummaryOutcome(window.Key, SummaryStatus.Failed, figures, sent.Transient, sent.Error);
        }
        await blobs.PutAsync(BlobArea.Rules, key, Encoding.UTF8.GetBytes(text), "text/plain; charset=utf-8", ct);
        return new SummaryOutcome(window.Key, SummaryStatus.Written, figures, false);
    }

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
