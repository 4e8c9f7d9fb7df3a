using FeedbackCollector.Core.Flow;
using FeedbackCollector.Core.Model;
using FeedbackCollector.Core.Voice;
using FeedbackCollector.Web.Pages;

namespace FeedbackCollector.App.Answers;

/// <summary>
/// The star pages' use case on both runtimes: the GET checks the link and records nothing; the POST records
/// the tap (first answer wins) and hands it to dispatch. Which review links the thank-you page shows is
/// Core's choice under the review-link policy (the same the nudge follows), and its words come from voice.txt.
/// </summary>
public sealed class TapAnswers(FlowApp app) : IAnswerSink
{
    public async Task<TapLinkCheck> CheckAsync(string token, CancellationToken ct = default)
    {
        var check = await app.Answers.CheckLinkAsync(token, ct);
        var state = check.Status switch
        {
            LinkStatus.Valid => LinkState.Valid,
            LinkStatus.Expired => LinkState.Expired,
            LinkStatus.AlreadyAnswered => LinkState.AlreadyAnswered,
            _ => LinkState.Invalid,
        };
        return new TapLinkCheck(state, check.BusinessName, check.Ask?.Customer.FirstName);
    }

    public async Task<TapOutcome> RecordTapAsync(TapAnswer answer, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(answer);
        var outcome = await app.Answers.TapAsync(answer.Token, answer.Stars, answer.Comment, ct);
        var current = await app.Docs.LoadAsync(ct);
        var business = current.Rules.BusinessName;
        switch (outcome.Status)
        {
            case AnswerStatus.Recorded:
                var feedback = outcome.Feedback!;
                app.Log($"tap {feedback.AskId}: recorded as {feedback.Bucket}");
                await app.Handoff.DispatchAsync(feedback.CustomerId, feedback.AskId, ct);
                return new TapOutcome(ResultOf(feedback.Bucket), business, outcome.PageReviewLinks)
                {
                    Thanks = Thanks(outcome, current),
                };
            case AnswerStatus.AlreadyAnswered:
                return TapOutcome.Of(TapResult.AlreadyAnswered, business);
            case AnswerStatus.ExpiredLink:
                return TapOutcome.Of(TapResult.ExpiredLink, business);
            default:
                app.Log($"tap refused: {outcome.Status} ({outcome.Detail})");
                return TapOutcome.Of(TapResult.InvalidLink, business);
        }
    }

    private static TapResult ResultOf(Bucket bucket) =>
        bucket switch { Bucket.Happy => TapResult.Happy, Bucket.Unhappy => TapResult.Unhappy, _ => TapResult.Unclear };

    /// <summary>The owner's thank-you wording for the bucket (voice.txt, else the defaults docs/voice.md lists), as plain text.</summary>
    private static string? Thanks(AnswerOutcome outcome, OwnerDocSet current)
    {
        if (outcome.Thanks is not { } key || outcome.Ask is not { } ask) return null;
        var template = current.Voice.Templates.TryGetValue(key, out var own) ? own : VoiceDefaults.Templates[key];
        var values = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["first_name"] = ask.Customer.FirstName,
            ["business"] = current.Rules.BusinessName,
            ["visit_type"] = ask.VisitType,
            ["review_link"] = outcome.PageReviewLinks.Count > 0 ? outcome.PageReviewLinks[0].Url.AbsoluteUri : "",
        };
        return TemplateRenderer.Render(template, values, Medium.PlainText);
    }
}
