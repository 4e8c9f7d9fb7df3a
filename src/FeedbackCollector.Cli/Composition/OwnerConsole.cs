using System.Globalization;
using FeedbackCollector.Core.Flow;
using FeedbackCollector.Core.Model;
using FeedbackCollector.Core.Ports;
using FeedbackCollector.Web.Owner;
using MimeKit;

namespace FeedbackCollector.Cli.Composition;

/// <summary>
/// The owner page's data and buttons for the local runtime: recent asks and answers from SQLite, the
/// unclear queue (unclear answers no person has decided yet), and the outbox folder's .eml files.
/// </summary>
internal sealed class OwnerConsole(
    IAskStore asks, IFeedbackStore feedback, IAuditLog audit, OwnerActions actions, OwnerDocs docs,
    string outboxFolder, TimeProvider time) : IOwnerConsole
{
    private const int Shown = 50;
    private static readonly HashSet<Move> Decisions = [Move.MarkedHappy, Move.MarkedUnhappy, Move.Dismissed, Move.Resolved];

    public async Task<OwnerView> LoadAsync(CancellationToken ct = default)
    {
        var name = (await docs.LoadAsync(ct)).Rules.BusinessName;
        var all = new List<Ask>();
        foreach (var status in Enum.GetValues<AskStatus>()) all.AddRange(await asks.ListByStatusAsync(status, ct));
        var now = time.GetUtcNow();
        var answers = (await feedback.ListReceivedAsync(now.AddDays(-60), now.AddTicks(1), ct))
            .OrderByDescending(f => f.ReceivedAt).ToList();
        var byKey = all.ToDictionary(a => (a.CustomerId, a.AskId));
        var unclear = new List<UnclearItem>();
        foreach (var answer in answers.Where(a => a.Bucket == Bucket.Unclear))
        {
            var moves = await audit.ListForAskAsync(answer.CustomerId, answer.AskId, ct);
            if (moves.Any(m => Decisions.Contains(m.Move))) continue;
            var first = byKey.TryGetValue((answer.CustomerId, answer.AskId), out var ask) ? ask.Customer.FirstName : "";
            unclear.Add(new UnclearItem(answer.CustomerId, answer.AskId, first, answer.ReceivedAt, answer.Raw, answer.Reason));
        }
        return new OwnerView(name, [.. all.OrderByDescending(a => a.SentAt ?? a.SendAt).Take(Shown)],
            [.. answers.Take(Shown)], unclear, Outbox());
    }

    public async Task<bool> DecideAsync(OwnerDecision decision, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(decision);
        var result = decision.Action switch
        {
            OwnerAction.MarkHappy => await actions.MarkHappyAsync(decision.CustomerId, decision.AskId, decision.ByUser, ct),
            OwnerAction.MarkUnhappy => await actions.MarkUnhappyAsync(decision.CustomerId, decision.AskId, decision.ByUser, ct),
            _ => await actions.DismissAsync(decision.CustomerId, decision.AskId, decision.ByUser, ct),
        };
        return result.Status == OwnerActionStatus.Done;
    }

    private List<OutboxItem> Outbox()
    {
        if (!Directory.Exists(outboxFolder)) return [];
        var files = Directory.EnumerateFiles(outboxFolder, "*.eml").Where(f => !Path.GetFileName(f).StartsWith('.'))
            .Order(StringComparer.Ordinal).TakeLast(Shown).Reverse();
        return [.. files.Select(Item)];
    }

    private static OutboxItem Item(string path)
    {
        var name = Path.GetFileName(path);
        using var stream = File.OpenRead(path);
        var headers = HeaderList.Load(stream);
        var created = DateTimeOffset.TryParseExact(name.Length >= 19 ? name[..19] : name, "yyyyMMdd-HHmmss-fff",
            CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at) ? at : File.GetLastWriteTimeUtc(path);
        return new OutboxItem(name, headers[HeaderId.To] ?? "", headers[HeaderId.Subject] ?? "", created);
    }
}
