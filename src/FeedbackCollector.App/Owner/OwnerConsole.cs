using FeedbackCollector.Core.Flow;
using FeedbackCollector.Core.Model;
using FeedbackCollector.Core.Sweeps;
using FeedbackCollector.Web.Owner;
using UnclearItem = FeedbackCollector.Web.Owner.UnclearItem;

namespace FeedbackCollector.App.Owner;

/// <summary>
/// The owner page's data and buttons on both hosts: the unclear queue (unclear answers no person has decided yet),
/// open and resolved complaints, recent answers and asks, the charts' figures (Core computes them) and, locally, the
/// outbox. A mark is recorded here and its moves go through the hand-off to dispatch, as the one-tap links do, so on
/// AWS the nudge or ping leaves from the dispatch function.
/// </summary>
internal sealed class OwnerConsole(FlowApp app, IOutboxView? outbox) : IOwnerConsole
{
    private const int Shown = 50;
    private static readonly TimeSpan Window = TimeSpan.FromDays(7 * (OwnerCharts.WeeksShown + 1));

    public async Task<OwnerView> LoadAsync(CancellationToken ct = default)
    {
        var a = app.Adapters;
        var rules = (await app.Docs.LoadAsync(ct)).Rules;
        var all = new List<Ask>();
        foreach (var status in Enum.GetValues<AskStatus>()) all.AddRange(await a.Asks.ListByStatusAsync(status, ct));
        var now = a.Time.GetUtcNow();
        // Past now by more than a store's time resolution (DynamoDB keeps milliseconds): a mark made this instant is in.
        var until = now.AddMinutes(1);
        var answers = (await a.Feedback.ListReceivedAsync(now - Window, until, ct))
            .OrderByDescending(f => f.ReceivedAt).ToList();
        var audit = await a.Audit.ListAsync(now - Window, until, ct);
        var moves = audit.ToLookup(e => (e.CustomerId, e.AskId));
        var byKey = all.GroupBy(x => (x.CustomerId, x.AskId)).ToDictionary(g => g.Key, g => g.First());
        var unclear = answers
            .Where(f => f.Bucket == Bucket.Unclear && !moves[(f.CustomerId, f.AskId)].Any(m => Sweep.HandledMoves.Contains(m.Move)))
            .Select(f => new UnclearItem(f.CustomerId, f.AskId, FirstName(byKey, f), f.ReceivedAt, f.Raw, f.Reason)).ToList();
        return new OwnerView(rules.BusinessName, [.. all.OrderByDescending(x => x.SentAt ?? x.SendAt).Take(Shown)],
            [.. answers.Take(Shown)], unclear, outbox?.Newest(Shown) ?? [])
        {
            TimeZone = rules.TimeZone,
            Complaints = Complaints(answers, moves, byKey),
            Charts = OwnerCharts.Compute(all, answers, audit, now, rules.TimeZone),
        };
    }

    public async Task<bool> DecideAsync(OwnerDecision decision, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(decision);
        var (customerId, askId, byUser) = (decision.CustomerId, decision.AskId, decision.ByUser);
        var actions = app.OwnerActions;
        var result = decision.Action switch
        {
            OwnerAction.Resolve => await actions.ResolveAsync(customerId, askId, byUser, "from the owner page", ct),
            OwnerAction.MarkHappy => await actions.RecordMarkAsync(customerId, askId, byUser, Move.MarkedHappy, ct),
            OwnerAction.MarkUnhappy => await actions.RecordMarkAsync(customerId, askId, byUser, Move.MarkedUnhappy, ct),
            _ => await actions.RecordMarkAsync(customerId, askId, byUser, Move.Dismissed, ct),
        };
        app.Log($"owner page {decision.Action.ToString().ToLowerInvariant()} {askId}: {result.Status}");
        if (result.Status != OwnerActionStatus.Done) return false;
        if (decision.Action is OwnerAction.MarkHappy or OwnerAction.MarkUnhappy) await app.Handoff.DispatchAsync(customerId, askId, ct);
        return true;
    }

    public async Task<DateTimeOffset?> SessionsEndedAtAsync(CancellationToken ct = default) =>
        OwnerSessionsEnded.Latest(await app.Adapters.Audit.ListForAskAsync(OwnerSessionsEnded.CustomerId, OwnerSessionsEnded.AskId, ct));

    public async Task EndSessionsAsync(CancellationToken ct = default)
    {
        await app.Adapters.Audit.AppendAsync(OwnerSessionsEnded.Entry(app.Adapters.Time.GetUtcNow(), "owner"), ct);
        app.Log("owner page: every session ended");
    }

    /// <summary>Open complaints (oldest first), then resolved ones (newest first).</summary>
    private static List<ComplaintItem> Complaints(List<Feedback> answers, ILookup<(string, string), AuditEntry> moves,
        Dictionary<(string, string), Ask> asks)
    {
        var items = new List<ComplaintItem>();
        foreach (var f in answers)
        {
            var of = moves[(f.CustomerId, f.AskId)].OrderBy(e => e.Ts).ToList();
            if (!OpenComplaints.IsComplaint(f, of)) continue;
            var opened = of.FirstOrDefault(e => e.Move is Move.OwnerPing or Move.MarkedUnhappy)?.Ts ?? f.ReceivedAt;
            var resolved = of.FirstOrDefault(e => e.Move == Move.Resolved)?.Ts;
            var (stars, words) = AnswerText.Split(f);
            var said = stars is { } n ? $"{n} of 5 stars" + (words is null ? "" : ": " + words) : words ?? "";
            items.Add(new ComplaintItem(f.CustomerId, f.AskId, FirstName(asks, f), asks.GetValueOrDefault((f.CustomerId, f.AskId))?.VisitType ?? "",
                opened, said, resolved));
        }
        return [.. items.Where(c => c.ResolvedAt is null).OrderBy(c => c.OpenedAt),
            .. items.Where(c => c.ResolvedAt is not null).OrderByDescending(c => c.ResolvedAt)];
    }

    private static string FirstName(Dictionary<(string, string), Ask> asks, Feedback f) =>
        asks.TryGetValue((f.CustomerId, f.AskId), out var ask) ? ask.Customer.FirstName : "";
}
