using FeedbackCollector.Core.Ports;
using FeedbackCollector.Core.Summary;
using FeedbackCollector.Core.Sweeps;

namespace FeedbackCollector.Testing.Fakes;

/// <summary>
/// A scripted paragraph writer: answers <see cref="Answer"/> (given the figures) or, with no answer, the plain
/// paragraph; <see cref="Unavailable"/> makes it throw. Records the figures it was given.
/// </summary>
public sealed class FakeSummaryParagraphWriter : ISummaryParagraphWriter
{
    private readonly Lock _gate = new();
    private readonly List<MonthlyFigures> _asked = [];

    public Func<MonthlyFigures, string>? Answer { get; set; }

    public bool Unavailable { get; set; }

    public IReadOnlyList<MonthlyFigures> Asked
    {
        get { lock (_gate) return [.. _asked]; }
    }

    public Task<string> WriteAsync(MonthlyFigures figures, string businessName, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(figures);
        lock (_gate) _asked.Add(figures);
        if (Unavailable) throw new SummaryParagraphUnavailableException("fake writer is down", transient: true);
        return Task.FromResult(Answer?.Invoke(figures) ?? SummaryParagraph.Plain(figures, businessName));
    }
}
