using FeedbackCollector.Core.Flow;
using FeedbackCollector.Core.Model;
using FeedbackCollector.Lambda.UseCases;
using FeedbackCollector.Web.Pages;
using TapResult = FeedbackCollector.Web.Pages.TapResult;

namespace FeedbackCollector.Lambda.Composition;

/// <summary>
/// The star pages over AnswerIntake for reply-handler: the GET checks without recording, the POST records
/// the tap (its bucket follows from the stars). Dispatch is not run here: reply-handler may only hand the
/// answer on to the router (its IAM), so the recorded answer is kept for the handler to route.
/// One instance serves one request.
/// </summary>
internal sealed class LambdaAnswerSink(AnswerIntake answers, OwnerDocs docs) : IAnswerSink
{
    public AnswerRef? Recorded { get; private set; }

    public string Outcome { get; private set; } = "page";

    public async Task<TapLinkCheck> CheckAsync(string token, CancellationToken ct = default)
    {
        var check = await answers.CheckLinkAsync(token, ct);
        Outcome = "link-" + check.Status.ToString().ToLowerInvariant();
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
        var outcome = await answers.TapAsync(answer.Token, answer.Stars, answer.Comment, ct);
        var business = outcome.BusinessName ?? (await docs.LoadAsync(ct)).Rules.BusinessName;
        Outcome = outcome.Status == AnswerStatus.InvalidLink ? "signature_failure" : outcome.Status.ToString().ToLowerInvariant();
        switch (outcome.Status)
        {
            case AnswerStatus.Recorded:
                Recorded = new AnswerRef(outcome.Feedback!.CustomerId, outcome.Feedback.AskId);
                var result = outcome.Feedback.Bucket switch { Bucket.Happy => TapResult.Happy, Bucket.Unhappy => TapResult.Unhappy, _ => TapResult.Unclear };
                return new TapOutcome(result, business, outcome.PageReviewLinks);
            case AnswerStatus.AlreadyAnswered:
                return TapOutcome.Of(TapResult.AlreadyAnswered, business);
            case AnswerStatus.ExpiredLink:
                return TapOutcome.Of(TapResult.ExpiredLink, business);
            default:
                return TapOutcome.Of(TapResult.InvalidLink, business);
        }
    }
}
