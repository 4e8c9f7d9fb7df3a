using System.Text.Json;
using System.Text.Json.Serialization;
using FeedbackCollector.Cli.Composition;
using FeedbackCollector.Core.Flow;
using FeedbackCollector.Core.Model;
using FeedbackCollector.Core.Ports;
using FeedbackCollector.Core.Sweeps;

namespace FeedbackCollector.Cli.Demo;

/// <summary>What the demo's flow produced, counted from the stores (not from what the demo meant to do).</summary>
internal sealed record DemoCounts(
    [property: JsonPropertyName("asks_sent")] int AsksSent,
    [property: JsonPropertyName("taps")] int Taps,
    [property: JsonPropertyName("written_replies")] int WrittenReplies,
    [property: JsonPropertyName("happy")] int Happy,
    [property: JsonPropertyName("unhappy")] int Unhappy,
    [property: JsonPropertyName("unclear")] int Unclear,
    [property: JsonPropertyName("review_nudges")] int ReviewNudges,
    [property: JsonPropertyName("owner_pings")] int OwnerPings,
    [property: JsonPropertyName("follow_ups")] int FollowUps,
    [property: JsonPropertyName("auto_replies_ignored")] int AutoRepliesIgnored,
    [property: JsonPropertyName("forged_tokens")] int ForgedTokens,
    [property: JsonPropertyName("digests_sent")] int DigestsSent,
    [property: JsonPropertyName("owner_decisions")] int OwnerDecisions,
    [property: JsonPropertyName("complaints_resolved")] int ComplaintsResolved,
    [property: JsonPropertyName("withdrawn")] int Withdrawn,
    [property: JsonPropertyName("sms_sent")] int SmsSent)
{
    private static readonly HashSet<Move> Decisions = [Move.MarkedHappy, Move.MarkedUnhappy, Move.Dismissed, Move.Resolved];

    public static async Task<DemoCounts> OfAsync(Collector c, CancellationToken ct)
    {
        var asks = new List<Ask>();
        foreach (var status in Enum.GetValues<AskStatus>()) asks.AddRange(await c.Storage.Asks.ListByStatusAsync(status, ct));
        var all = (from: new DateTimeOffset(2000, 1, 1, 0, 0, 0, TimeSpan.Zero), to: new DateTimeOffset(2100, 1, 1, 0, 0, 0, TimeSpan.Zero));
        var answers = await c.Storage.Feedback.ListReceivedAsync(all.from, all.to, ct);
        var audit = await c.Storage.Audit.ListAsync(all.from, all.to, ct);
        int Moves(Move m) => audit.Count(e => e.Move == m && e.SentVia is not null);
        var replies = c.Counters.Current;
        return new DemoCounts(asks.Count(a => a.SentAt is not null), answers.Count(a => a.Channel == Channel.Tap),
            answers.Count(a => a.Channel == Channel.Email), answers.Count(a => a.Bucket == Bucket.Happy),
            answers.Count(a => a.Bucket == Bucket.Unhappy), answers.Count(a => a.Bucket == Bucket.Unclear),
            Moves(Move.ReviewNudge), Moves(Move.OwnerPing), Moves(Move.FollowUp), replies.AutoRepliesIgnored, replies.ForgedTokens,
            (await c.Adapters.Blobs.ListAsync(BlobArea.Rules, "digests/", ct)).Count,
            audit.Count(e => Decisions.Contains(e.Move) && e.ByUser != CollectorSettings.SystemUser),
            MonthlySummary.ResolvedBeforePublic(audit, audit),
            audit.Count(e => e.Move == Move.Withdrawn),
            audit.Count(e => e.SentVia == "sms"));
    }

    public string ToJson() => JsonSerializer.Serialize(this, DemoCountsJson.Default.DemoCounts);
}

[JsonSerializable(typeof(DemoCounts))]
internal sealed partial class DemoCountsJson : JsonSerializerContext;
