using FeedbackCollector.Core.Model;
using FeedbackCollector.Core.Ports;
using FeedbackCollector.Core.Routing;
using FeedbackCollector.Core.Rules;
using FeedbackCollector.Core.Tokens;

namespace FeedbackCollector.Core.Flow;

/// <summary>
/// Records an answer: a star tap (the page's POST, never a GET) or a written reply. Verifies the token,
/// routes the answer, and writes it with a conditional put so the first answer per ask wins; then
/// marks the ask answered. Dispatching (nudge, owner ping) is a separate step: AnswerDispatch.
/// </summary>
/// <remarks>The keys are asked for only when a token is checked: the router step records verified replies by id and
/// never holds the signing secret (least privilege on AWS). An ask and its answer are one read
/// (<see cref="IAskAnswerReader"/>): the star page's GET and the POST's already-answered check run on every request, and
/// a written reply (the router's step on AWS, serve's listener locally) reads them the same way.</remarks>
public sealed class AnswerIntake(IAskStore asks, IFeedbackStore feedback, IAskAnswerReader reads, IMoodClassifier classifier,
    OwnerDocs docs, Func<AskTokens> tokens, TimeProvider time)
{
    public AnswerIntake(IAskStore asks, IFeedbackStore feedback, IAskAnswerReader reads, IMoodClassifier classifier, OwnerDocs docs,
        AskTokens tokens, TimeProvider time)
        : this(asks, feedback, reads, classifier, docs, () => tokens, time)
    {
    }

    /// <summary>For the GET of a star link: is the link good, and is the ask still open? Records nothing.</summary>
    public async Task<LinkCheck> CheckLinkAsync(string token, CancellationToken ct = default)
    {
        var business = (await docs.LoadAsync(ct)).Rules.BusinessName;
        var (refusal, found) = await FindAskAsync(token, TokenPurpose.Star, ct);
        if (found is null)
        {
            var status = refusal!.Status == AnswerStatus.ExpiredLink ? LinkStatus.Expired : LinkStatus.Invalid;
            return new LinkCheck(status, null, business, refusal.Detail);
        }
        return new LinkCheck(found.Answer is null ? LinkStatus.Valid : LinkStatus.AlreadyAnswered, found.Ask, business);
    }

    /// <summary>A star tap, 1–5, with an optional comment typed on the page.</summary>
    public async Task<AnswerOutcome> TapAsync(string token, int stars, string? comment, CancellationToken ct = default)
    {
        if (stars is < Router.MinStars or > Router.MaxStars) return new AnswerOutcome(AnswerStatus.InvalidStars, null, null, "stars must be 1 to 5");
        var (refusal, found) = await FindAskAsync(token, TokenPurpose.Star, ct);
        if (found is null) return refusal!;
        var ask = found.Ask;
        // Read with the ask to answer a repeated tap cheaply; the conditional write below still decides.
        if (found.Answer is { } existing) return new AnswerOutcome(AnswerStatus.AlreadyAnswered, existing, ask);
        var rules = (await docs.LoadAsync(ct)).Rules;
        var decision = Router.ForStars(stars, rules);
        return await RecordAsync(ask, Channel.Tap, AnswerText.ForTap(stars, comment), decision, rules, ct);
    }

    /// <summary>A written reply: the extracted words and where the raw MIME was kept. Verifies, classifies and records in one go (local runtime).</summary>
    public async Task<AnswerOutcome> ReplyAsync(string token, string text, string rawBlobKey, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        var (refusal, found) = await FindAskAsync(token, TokenPurpose.Reply, ct);
        if (found is null) return refusal!;
        return await RecordReplyAsync(found, text, rawBlobKey, Channel.Email, ct);
    }

    /// <summary>
    /// The router step of a split runtime: the reply handler verified the token (<see cref="CheckLinkAsync"/>)
    /// and kept the raw mail; this classifies and records. Ids come from our own verified hand-off, not from a customer.
    /// </summary>
    public Task<AnswerOutcome> RecordReplyAsync(string customerId, string askId, string text, string rawBlobKey,
        CancellationToken ct = default) => RecordReplyAsync(customerId, askId, text, rawBlobKey, Channel.Email, ct);

    /// <param name="channel">Email, or Sms for a text matched to the ask by the customer's number.</param>
    public async Task<AnswerOutcome> RecordReplyAsync(string customerId, string askId, string text, string rawBlobKey,
        Channel channel, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        // The ask and its answer in one read (one BatchGetItem on AWS), as the star page reads them.
        var found = await reads.GetAsync(customerId, askId, ct);
        return found is null
            ? new AnswerOutcome(AnswerStatus.InvalidLink, null, null, "no such ask")
            : await RecordReplyAsync(found, text, rawBlobKey, channel, ct);
    }

    private async Task<AnswerOutcome> RecordReplyAsync(AskWithAnswer found, string text, string rawBlobKey, Channel channel, CancellationToken ct)
    {
        var ask = found.Ask;
        // Checked before classifying only to save a model call; the conditional write below decides.
        if (found.Answer is { } existing) return new AnswerOutcome(AnswerStatus.AlreadyAnswered, existing, ask);
        var words = AnswerText.ForReply(text);
        var rules = (await docs.LoadAsync(ct)).Rules;
        var decision = await ClassifyAsync(words, rules, ct);
        return await RecordAsync(ask, channel, words, decision, rules, ct, rawBlobKey);
    }

    private async Task<RoutingDecision> ClassifyAsync(string words, BusinessRules rules, CancellationToken ct)
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

    private async Task<AnswerOutcome> RecordAsync(Ask ask, Channel channel, string raw, RoutingDecision decision, BusinessRules rules,
        CancellationToken ct, string? rawKey = null)
    {
        var answer = new Feedback(ask.CustomerId, ask.AskId, time.GetUtcNow(), channel, raw, decision.Bucket, decision.Reason, rawKey);
        if (!await feedback.TryAddAsync(answer, ct))
        {
            return new AnswerOutcome(AnswerStatus.AlreadyAnswered, await feedback.GetAsync(ask.CustomerId, ask.AskId, ct), ask);
        }
        // Sent is the normal case; a late answer to an ask the sweep closed still counts; Pending happens when a
        // send reported a transient failure but the mail got through anyway, and must stop the resend.
        var marked = false;
        foreach (var from in new[] { AskStatus.Sent, AskStatus.Closed, AskStatus.Pending })
        {
            marked = marked || await asks.TryTransitionAsync(ask.CustomerId, ask.AskId, from, AskStatus.Answered, new AskChange(), ct);
        }
        var after = marked ? ask with { Status = AskStatus.Answered } : ask;
        var link = Dispatcher.Plan(answer.Bucket, rules).ReviewLink;
        return new AnswerOutcome(AnswerStatus.Recorded, answer, after)
        {
            PageReviewLinks = link is null ? [] : [link],
            BusinessName = rules.BusinessName,
        };
    }

    private async Task<(AnswerOutcome? Refusal, AskWithAnswer? Found)> FindAskAsync(string token, TokenPurpose purpose, CancellationToken ct)
    {
        var check = tokens().Verify(token ?? "", time.GetUtcNow(), purpose);
        if (check.Status == TokenStatus.Expired) return (new AnswerOutcome(AnswerStatus.ExpiredLink, null, null, "expired"), null);
        if (!check.IsValid) return (new AnswerOutcome(AnswerStatus.InvalidLink, null, null, check.Status.ToString().ToLowerInvariant()), null);
        var found = await reads.GetAsync(check.CustomerId!, check.AskId!, ct);
        return found is null ? (new AnswerOutcome(AnswerStatus.InvalidLink, null, null, "no such ask"), null) : (null, found);
    }
}
