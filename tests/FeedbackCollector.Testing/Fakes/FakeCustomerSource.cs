using System.Globalization;
using FeedbackCollector.Core.Model;
using FeedbackCollector.Core.Ports;
using FeedbackCollector.Core.Rules;

namespace FeedbackCollector.Testing.Fakes;

/// <summary>Visits added by the test; the cursor is the count already read, like a row number.</summary>
/// <param name="maxPerBatch">The most visits one read returns, like the real sources' caps.</param>
public sealed class FakeCustomerSource(int maxPerBatch = int.MaxValue) : ICustomerSource
{
    private readonly Lock _gate = new();
    private readonly List<Visit> _visits = [];
    private readonly List<DocProblem> _problems = [];

    public FakeCustomerSource Add(params Visit[] visits)
    {
        lock (_gate) _visits.AddRange(visits);
        return this;
    }

    /// <summary>A malformed row the next read reports (once).</summary>
    public FakeCustomerSource AddProblem(int line, string message)
    {
        lock (_gate) _problems.Add(new DocProblem(line, ProblemSeverity.Error, message));
        return this;
    }

    public Task<VisitBatch> ReadSinceAsync(string? cursor, CancellationToken ct = default)
    {
        var start = cursor is null ? 0 : int.Parse(cursor, CultureInfo.InvariantCulture);
        lock (_gate)
        {
            List<Visit> visits = [.. _visits.Skip(start).Take(maxPerBatch)];
            var batch = new VisitBatch(visits, [.. _problems], (start + visits.Count).ToString(CultureInfo.InvariantCulture));
            _problems.Clear();
            return Task.FromResult(batch);
        }
    }
}
