using FeedbackCollector.Core.Rules;
using FeedbackCollector.Web.Pages;

namespace FeedbackCollector.Web.Tests.Fakes;

/// <summary>Tokens: "good…" valid, "old…" expired, "done…" answered; anything else invalid. Records every POST.</summary>
internal sealed class FakeAnswerSink : IAnswerSink
{
    public List<TapAnswer> Recorded { get; } = [];
    public int Checks { get; private set; }
    public string BusinessName { get; set; } = "Salon Bella";
    public string? FirstName { get; set; } = "Ana";
    public IReadOnlyList<ReviewLink> HappyLinks { get; set; } = [new("Review us on Google", new Uri("https://g.page/r/bella/review"))];

    public Task<TapLinkCheck> CheckAsync(string token, CancellationToken ct = default)
    {
        Checks++;
        return Task.FromResult(new TapLinkCheck(StateOf(token), BusinessName, FirstName));
    }

    public Task<TapOutcome> RecordTapAsync(TapAnswer answer, CancellationToken ct = default)
    {
        var state = StateOf(answer.Token);
        if (state != LinkState.Valid)
        {
            var result = state switch { LinkState.Expired => TapResult.ExpiredLink, LinkState.AlreadyAnswered => TapResult.AlreadyAnswered, _ => TapResult.InvalidLink };
            return Task.FromResult(TapOutcome.Of(result, BusinessName));
        }
        if (Recorded.Any(r => r.Token == answer.Token)) return Task.FromResult(TapOutcome.Of(TapResult.AlreadyAnswered, BusinessName));
        Recorded.Add(answer);
        var outcome = answer.Stars >= 4 ? new TapOutcome(TapResult.Happy, BusinessName, HappyLinks)
            : answer.Stars <= 2 ? TapOutcome.Of(TapResult.Unhappy, BusinessName)
            : TapOutcome.Of(TapResult.Unclear, BusinessName);
        return Task.FromResult(outcome);
    }

    private static LinkState StateOf(string token) =>
        token.StartsWith("good", StringComparison.Ordinal) ? LinkState.Valid
        : token.StartsWith("old", StringComparison.Ordinal) ? LinkState.Expired
        : token.StartsWith("done", StringComparison.Ordinal) ? LinkState.AlreadyAnswered
        : LinkState.Invalid;
}
