using FeedbackCollector.Core.Model;
using FeedbackCollector.Core.Ports;
using FeedbackCollector.Core.Routing;
using FeedbackCollector.Core.Tokens;

namespace FeedbackCollector.Core.Flow;

/// <summary>
/// Records an answer: a star tap (the page's POST, never a GET) or a written reply. Verifies the token,
/// routes the answer, and writes it with a conditional put so the first answer per ask wins; then
/// marks the ask answered. Dispatching (nudge, owner ping) is a separate step: AnswerDispatch.
/// </summary>
public sealed class AnswerIntake(
    IAskStore asks, IFeedbackStore feedback, IMoodClassifier classifier, OwnerDocs docs, AskTokens tokens, TimeProvider time)
{
    /// <summary>A star tap, 1–5, with an optional comment typed on the page.</summary>
    public async Task<AnswerOutcome> TapAsync(string token, int stars, string? comment, CancellationToken ct = default)
    {
        if (stars is < Router.MinStars or > Router.MaxStars) return new AnswerOutcome(AnswerStatus.InvalidStars, null, null, "stars must be 1 to 5");
        var (refusal, ask) = await FindAskAsync(token, ct);
        if (ask is null) return refusal!;
        var existing = await feedback.GetAsync(ask.CustomerId, ask.AskId, ct);
        if (existing is not null) return new AnswerOutcome(AnswerStatus.AlreadyAnswered, existing, ask);
        var rules = (await docs.LoadAsync(ct)).Rules;
        var decision = Router.ForStars(stars, rules);
        return await RecordAsync(ask, Channel.Tap, AnswerText.ForTap(stars, comment), decision, ct);
    }

    /// <summary>A written reply: the extracted words and where the raw MIME was kept.</summary>
    public async Task<AnswerOutcome> ReplyAsync(string token, string text, string rawBlobKey, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        var (refusal, ask) = await FindAskAsync(token, ct);
        if (ask is null) return refusal!;
        // Checked before classifying only to save a model call; the conditional write below decides.
        var existing = await feedback.GetAsync(ask.CustomerId, ask.AskId, ct);
        if (existing is not null) return new AnswerOutcome(AnswerStatus.AlreadyAnswered, existing, ask, "raw kept at " + rawBlobKey);
        var words = AnswerText.ForReply(text);
        var decision = await ClassifyAsync(words, (await docs.LoadAsync(ct)).Rules, ct);
        return await RecordAsync(ask, Channel.Email, words, decision with { Reason = $"{decision.Reason} (raw: {rawBlobKey})" }, ct);
    }

    private async Task<RoutingDecision> ClassifyAsync(string words, Rules.BusinessRules rules, CancellationToken ct)
    {
        if (words.Length == 0) return new RoutingDecision(Bucket.Unclear, "text: empty reply");
        try
        {
            return Router.ForText(await classifier.ClassifyAsync(words, ct), rules);
        }
        catch (ClassifierUnavailableException ex)
        {
            // Never lost: the words are kept as unclear and a human reads them in the daily sweep.
            return Router.ClassifierUnavailable(ex.Message);
        }
    }

    private async Task<AnswerOutcome> RecordAsync(Ask ask, Channel channel, string raw, RoutingDecision decision, CancellationToken ct)
    {
        var answer = new Feedback(ask.CustomerId, ask.AskId, time.GetUtcNow(), channel, raw, decision.Bucket, decision.Reason);
        if (!await feedback.TryAddAsync(answer, ct))
        {
            return new AnswerOutcome(AnswerStatus.AlreadyAnswered, await feedback.GetAsync(ask.CustomerId, ask.AskId, ct), ask);
        }
        // Sent is the normal case; a late answer to an ask the sweep closed still counts.
        var marked = await asks.TryTransitionAsync(ask.CustomerId, ask.AskId, AskStatus.Sent, AskStatus.Answered, new AskChange(), ct)
            || await asks.TryTransitionAsync(ask.CustomerId, ask.AskId, AskStatus.Closed, AskStatus.Answered, new AskChange(), ct);
        var after = marked ? ask with { Status = AskStatus.Answered } : ask;
        return new AnswerOutcome(AnswerStatus.Recorded, answer, after);
    }

    private async Task<(AnswerOutcome? Refusal, Ask? Ask)> FindAskAsync(string token, CancellationToken ct)
    {
        var check = tokens.Verify(token ?? "", time.GetUtcNow());
        if (check.Status == TokenStatus.Expired) return (new AnswerOutcome(AnswerStatus.ExpiredLink, null, null, "expired"), null);
        if (!check.IsValid) return (new AnswerOutcome(AnswerStatus.InvalidLink, null, null, check.Status.ToString().ToLowerInvariant()), null);
        var ask = await asks.GetAsync(check.CustomerId!, check.AskId!, ct);
        return ask is null ? (new AnswerOutcome(AnswerStatus.InvalidLink, null, null, "no such ask"), null) : (null, ask);
    }
}
