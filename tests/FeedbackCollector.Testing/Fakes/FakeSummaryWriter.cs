using FeedbackCollector.Core.Ports;
using FeedbackCollector.Core.Summary;

namespace FeedbackCollector.Testing.Fakes;

public sealed record WrittenSummary(string Month, string Subject, string Text, SummaryLetter Letter);

/// <summary>Records every monthly summary; <see cref="Script"/> makes writes fail.</summary>
public sealed class FakeSummaryWriter : ISummaryWriter
{
    private readonly Lock _gate = new();
    private readonly List<WrittenSummary> _written = [];

    public SendScript Script { get; } = new();

    public IReadOnlyList<WrittenSummary> Written
    {
        get { lock (_gate) return [.. _written]; }
    }

    public Task<SendResult> WriteAsync(SummaryLetter letter, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(letter);
        var result = Script.Next("summary");
        if (result.Sent)
        {
            lock (_gate) _written.Add(new WrittenSummary(letter.Month, letter.Subject, letter.Text, letter));
        }
        return Task.FromResult(result);
    }
}
