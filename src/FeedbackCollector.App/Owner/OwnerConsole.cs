using FeedbackCollector.Core.Flow;
using FeedbackCollector.Core.Model;
using FeedbackCollector.Core.Sweeps;
using UnclearItem = FeedbackCollector.Web.Owner.UnclearItem;
using FeedbackCollector.Web.Owner;

namespace FeedbackCollector.App.Owner;

/// <summary>
/// The owner page's data and buttons: recent asks and answers, the unclear queue (unclear answers no person
/// has decided yet) and, locally, the outbox. The same decisions the sweep counts as handled close an item.
/// </summary>
internal sealed class OwnerConsole(FlowApp app, IOutboxView? outbox) : IOwnerConsole
{
    private const int Shown = 50;

    public async Task<OwnerView> LoadAsync(CancellationToken ct = default)
    {
        var a = app.Adapters;
        var name = (await app.Docs.LoadAsync(ct)).Rules.BusinessName;
        var all = new List<Ask>();
        foreach (var status in Enum.GetValues<AskStatus>()) all.AddRange(await a.Asks.ListByStatusAsync(status, ct));
        var now = a.Time.GetUtcNow();
        var answers = (await a.Feedback.ListReceivedAsync(now.AddDays(-60), now.AddTicks(1), ct))
            .OrderByDescending(f => f.ReceivedAt).ToList();
        var byKey = all.ToDictionary(x => (x.CustomerId, x.AskId));
        var unclear = new List<UnclearItem>();
        foreach (var answer in answers.Where(x => x.Bucket == Bucket.Unclear))
        {
            var moves = await a.Audit.ListForAskAsync(answer.CustomerId, answer.AskId, ct);
            if (moves.Any(m => Sweep.HandledMoves.Contains(m.Move))) continue;
            var first = byKey.TryGetValue((answer.CustomerId, answer.AskId), out var ask) ? ask.Customer.FirstName : "";
            unclear.Add(new UnclearItem(answer.CustomerId, answer.AskId, first, answer.ReceivedAt, answer.Raw, answer.Reason));
        }
        return new OwnerView(name, [.. all.OrderByDescending(x => x.SentAt ?? x.SendAt).Take(Shown)],
            [.. answers.Take(Shown)], unclear, outbox?.Newest(Shown) ?? []);
    }

    public async Task<bool> DecideAsync(OwnerDecision decision, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(decision);
        var actions = app.OwnerActions;
        var result = decision.Action switch
        {
            OwnerAction.MarkHappy => await actions.MarkHappyAsync(decision.CustomerId, decision.AskId, decision.ByUser, ct),
            OwnerAction.MarkUnhappy => await actions.MarkUnhappyAsync(decision.CustomerId, decision.AskId, decision.ByUser, ct),
            _ => await actions.DismissAsync(decision.CustomerId, decision.AskId, decision.ByUser, ct),
        };
        return result.Status == OwnerActionStatus.Done;
    }
}
