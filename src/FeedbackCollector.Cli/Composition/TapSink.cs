using FeedbackCollector.Core.Flow;
using FeedbackCollector.Core.Model;
using FeedbackCollector.Core.Ports;
using FeedbackCollector.Core.Rules;
using FeedbackCollector.Core.Tokens;
using FeedbackCollector.Web.Pages;

namespace FeedbackCollector.Cli.Composition;

/// <summary>The star pages' use case: a side-effect-free check for the GET, AnswerIntake + AnswerDispatch for the POST.</summary>
internal sealed class TapSink(
    AnswerIntake answers, AnswerDispatch dispatch, IAskStore asks, IFeedbackStore feedback, OwnerDocs docs,
    AskTokens tokens, TimeProvider time) : IAnswerSink
{
    public async Task<TapLinkCheck> CheckAsync(string token, CancellationToken ct = default)
    {
        var name = (await docs.LoadAsync(ct)).Rules.BusinessName;
        var check = tokens.Verify(token ?? "", time.GetUtcNow());
        if (check.Status == TokenStatus.Expired) return new TapLinkCheck(LinkState.Expired, name);
        if (!check.IsValid) return new TapLinkCheck(LinkState.Invalid, name);
        var ask = await asks.GetAsync(check.CustomerId!, check.AskId!, ct);
        if (ask is null) return new TapLinkCheck(LinkState.Invalid, name);
        var answered = await feedback.GetAsync(ask.CustomerId, ask.AskId, ct) is not null;
        return new TapLinkCheck(answered ? LinkState.AlreadyAnswered : LinkState.Valid, name, ask.Customer.FirstName);
    }

    public async Task<TapOutcome> RecordTapAsync(TapAnswer answer, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(answer);
        var rules = (await docs.LoadAsync(ct)).Rules;
        var outcome = await answers.TapAsync(answer.Token, answer.Stars, answer.Comment, ct);
        switch (outcome.Status)
        {
            case AnswerStatus.Recorded:
                var result = await dispatch.RunAsync(outcome.Feedback!.CustomerId, outcome.Feedback.AskId, ct);
                if (result.Retry) throw new InvalidOperationException("dispatch must be retried: " + result.Detail);
                return Recorded(outcome.Feedback.Bucket, rules);
            case AnswerStatus.AlreadyAnswered:
                return TapOutcome.Of(TapResult.AlreadyAnswered, rules.BusinessName);
            case AnswerStatus.ExpiredLink:
                return TapOutcome.Of(TapResult.ExpiredLink, rules.BusinessName);
            default:
                return TapOutcome.Of(TapResult.InvalidLink, rules.BusinessName);
        }
    }

    private static TapOutcome Recorded(Bucket bucket, BusinessRules rules)
    {
        var result = bucket switch { Bucket.Happy => TapResult.Happy, Bucket.Unhappy => TapResult.Unhappy, _ => TapResult.Unclear };
        var showReview = bucket == Bucket.Happy || rules.ReviewLinkPolicy == ReviewLinkPolicy.Everyone;
        return new TapOutcome(result, rules.BusinessName, showReview ? rules.ReviewLinks : []);
    }
}
