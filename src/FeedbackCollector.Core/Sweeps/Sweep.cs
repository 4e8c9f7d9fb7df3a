using FeedbackCollector.Core.Model;
using FeedbackCollector.Core.Rules;

namespace FeedbackCollector.Core.Sweeps;

/// <summary>
/// The daily sweep as a decision over plain rows: one follow-up per silent ask, then closing, and the
/// unclear answers a human still has to read. The stores enforce "at most one follow-up"; this only
/// decides who is due.
/// </summary>
public static class Sweep
{
    /// <summary>Moves by which a human has handled an unclear answer.</summary>
    public static readonly IReadOnlySet<Move> HandledMoves = new HashSet<Move> { Move.MarkedHappy, Move.MarkedUnhappy, Move.Dismissed };

    /// <param name="asks">Asks to consider, any status (only sent and pending ones can change).</param>
    /// <param name="feedback">Answers known for those asks and recent unclear ones.</param>
    /// <param name="audit">Audit entries covering the unclear answers (to skip ones already handled).</param>
    public static SweepDecision Decide(IReadOnlyList<Ask> asks, IReadOnlyList<Feedback> feedback,
        IReadOnlyList<AuditEntry> audit, DateTimeOffset now, BusinessRules rules)
    {
        ArgumentNullException.ThrowIfNull(asks);
        ArgumentNullException.ThrowIfNull(feedback);
        ArgumentNullException.ThrowIfNull(audit);
        ArgumentNullException.ThrowIfNull(rules);
        var answered = feedback.Select(f => (f.CustomerId, f.AskId)).ToHashSet();
        var followUps = new List<Ask>();
        var closes = new List<AskClosure>();
        var repaired = new List<Ask>();
        foreach (var ask in asks)
        {
            if (answered.Contains((ask.CustomerId, ask.AskId)))
            {
                if (ask.Status == AskStatus.Sent) repaired.Add(ask);
                continue;
            }
            switch (Silent(ask, now, rules))
            {
                case SilentMove.FollowUp: followUps.Add(ask); break;
                case SilentMove.Close close: closes.Add(new AskClosure(ask, close.Reason)); break;
            }
        }
        return new SweepDecision(followUps, closes, repaired, UnclearQueue(asks, feedback, audit));
    }

    private abstract record SilentMove
    {
        public sealed record None : SilentMove;
        public sealed record FollowUp : SilentMove;
        public sealed record Close(string Reason) : SilentMove;
    }

    private static SilentMove Silent(Ask ask, DateTimeOffset now, BusinessRules rules)
    {
        var expired = now >= AskLifetime.ExpiresAt(ask, rules);
        if (ask.Status == AskStatus.Pending)
        {
            // A pending ask past its lifetime was never delivered; close it so it is not sent stale.
            return expired ? new SilentMove.Close("never sent before its links expired") : new SilentMove.None();
        }
        if (ask.Status != AskStatus.Sent) return new SilentMove.None();
        if (expired) return new SilentMove.Close("no answer before the links expired");
        if (rules.FollowUpAfter is not { } wait || ask.SentAt is not { } sentAt) return new SilentMove.None();
        if (ask.FollowUpSentAt is { } followedUp)
        {
            return now - followedUp >= wait ? new SilentMove.Close("no answer after the follow-up") : new SilentMove.None();
        }
        return now - sentAt >= wait ? new SilentMove.FollowUp() : new SilentMove.None();
    }

    private static List<UnclearItem> UnclearQueue(IReadOnlyList<Ask> asks, IReadOnlyList<Feedback> feedback, IReadOnlyList<AuditEntry> audit)
    {
        var handled = audit.Where(e => HandledMoves.Contains(e.Move)).Select(e => (e.CustomerId, e.AskId)).ToHashSet();
        var byKey = asks.GroupBy(a => (a.CustomerId, a.AskId)).ToDictionary(g => g.Key, g => g.First());
        return [.. feedback
            .Where(f => f.Bucket == Bucket.Unclear && !handled.Contains((f.CustomerId, f.AskId)))
            .DistinctBy(f => (f.CustomerId, f.AskId))
            .OrderBy(f => f.ReceivedAt)
            .Select(f => new UnclearItem(f, byKey.GetValueOrDefault((f.CustomerId, f.AskId))))];
    }
}
