using FeedbackCollector.Core.Model;

namespace FeedbackCollector.Core.Sweeps;

/// <summary>An unhappy answer (routed so, or marked so by a person) with no Resolved move yet.</summary>
/// <param name="OpenedAt">When the owner first heard of it: the owner ping, else the mark, else the answer.</param>
public sealed record OpenComplaint(Feedback Answer, DateTimeOffset OpenedAt);

/// <summary>Which complaints are still open; the digest lists those older than a day so the owner follows them up.</summary>
public static class OpenComplaints
{
    public static readonly TimeSpan DigestAge = TimeSpan.FromDays(1);

    /// <summary>True when the answer is a complaint: unhappy by the router and not settled otherwise, or marked unhappy.</summary>
    public static bool IsComplaint(Feedback answer, IEnumerable<AuditEntry> movesOfAsk)
    {
        ArgumentNullException.ThrowIfNull(answer);
        var mark = movesOfAsk.FirstOrDefault(e => Sweep.HandledMoves.Contains(e.Move));
        return mark is null ? answer.Bucket == Bucket.Unhappy : mark.Move == Move.MarkedUnhappy;
    }

    /// <param name="audit">Moves covering the answers (resolves and pings after them).</param>
    public static IReadOnlyList<OpenComplaint> OlderThan(IReadOnlyList<Feedback> answers, IReadOnlyList<AuditEntry> audit,
        DateTimeOffset now, TimeSpan age)
    {
        ArgumentNullException.ThrowIfNull(answers);
        ArgumentNullException.ThrowIfNull(audit);
        var byAsk = audit.ToLookup(e => (e.CustomerId, e.AskId));
        var open = new List<OpenComplaint>();
        foreach (var answer in answers.DistinctBy(f => (f.CustomerId, f.AskId)))
        {
            var moves = byAsk[(answer.CustomerId, answer.AskId)].OrderBy(e => e.Ts).ToList();
            if (!IsComplaint(answer, moves) || moves.Any(e => e.Move == Move.Resolved)) continue;
            var opened = moves.FirstOrDefault(e => e.Move is Move.OwnerPing or Move.MarkedUnhappy)?.Ts ?? answer.ReceivedAt;
            if (now - opened >= age) open.Add(new OpenComplaint(answer, opened));
        }
        return [.. open.OrderBy(c => c.OpenedAt)];
    }
}
