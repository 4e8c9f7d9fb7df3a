using System.Globalization;
using FeedbackCollector.Core.Model;
using FeedbackCollector.Core.Ports;
using FeedbackCollector.Core.Rules;
using FeedbackCollector.Core.Sms;
using FeedbackCollector.Core.Sweeps;
using FeedbackCollector.Core.Tokens;
using FeedbackCollector.Core.Voice;

namespace FeedbackCollector.Core.Flow;

/// <summary>
/// Composes the customer emails (ask, follow-up, review nudge) and the ask SMS. Pure: the same ask
/// always gives the same links, token and Message-ID, so a retried send is recognisable. Customer
/// values are escaped by VoiceDoc.Render for the part they go into.
/// </summary>
public sealed class AskMessages(CollectorSettings settings, AskTokens tokens)
{
    /// <summary>Wording of the review nudge for an unhappy customer under the "everyone" policy: no "glad you enjoyed it".</summary>
    public const string NeutralNudgeSubject = "Thank you for your feedback, {first_name}";

    public const string NeutralNudgeText =
        "Thank you for telling us about your {visit_type}, {first_name}. The owner has your message and will be in touch. "
        + "If you would like to share your experience publicly, you can leave a review here: {review_link}";

    public AskLinks LinksFor(Ask ask, BusinessRules rules)
    {
        ArgumentNullException.ThrowIfNull(ask);
        var expires = AskLifetime.ExpiresAt(ask, rules);
        var star = tokens.Issue(ask.CustomerId, ask.AskId, expires, TokenPurpose.Star);
        var compact = tokens.Issue(ask.CustomerId, ask.AskId, expires, TokenPurpose.Reply);
        return new AskLinks(
            Link("t", star),
            [.. Enumerable.Range(1, 5).Select(n => Link("t", star, n.ToString(CultureInfo.InvariantCulture)))],
            Link("u", tokens.Issue(ask.CustomerId, ask.AskId, expires, TokenPurpose.Unsubscribe)),
            Link("r", tokens.Issue(ask.CustomerId, ask.AskId, expires, TokenPurpose.Review)),
            ReplyAddress.Format(compact, settings.ReplyDomain));
    }

    public OutboundEmail AskEmail(Ask ask, OwnerDocSet docs) =>
        StarEmail(ask, docs, "ask", VoiceKey.AskSubject, VoiceKey.AskText);

    public OutboundEmail FollowUpEmail(Ask ask, OwnerDocSet docs) =>
        StarEmail(ask, docs, "followup", VoiceKey.FollowUpSubject, VoiceKey.FollowUpText);

    /// <summary>The public-review nudge. Its link is the counting redirect; it never carries the customer's own words.</summary>
    public OutboundEmail ReviewNudgeEmail(Ask ask, Bucket bucket, OwnerDocSet docs)
    {
        ArgumentNullException.ThrowIfNull(docs);
        var links = LinksFor(ask, docs.Rules);
        var values = Values(ask, docs);
        values["review_link"] = links.Review.AbsoluteUri;
        var neutral = bucket != Bucket.Happy;
        string Render(VoiceKey key, string neutralTemplate, Medium medium) => neutral
            ? TemplateRenderer.Render(neutralTemplate, values, medium)
            : docs.Voice.Render(key, values, medium);
        var html = EmailHtml.Page(
            EmailHtml.Paragraph(Render(VoiceKey.NudgeText, NeutralNudgeText, Medium.Html))
            + EmailHtml.Button(links.Review, "Leave a review"), links.Unsubscribe);
        return Email(ask, "nudge", Render(VoiceKey.NudgeSubject, NeutralNudgeSubject, Medium.PlainText),
            Render(VoiceKey.NudgeText, NeutralNudgeText, Medium.PlainText) + Footer(links), html, links, replyTo: null, docs);
    }

    /// <summary>The ask as one SMS: the owner's SMS ask, one link to the star page (the page shows the stars), and the opt-out line.</summary>
    public string AskSms(Ask ask, OwnerDocSet docs)
    {
        ArgumentNullException.ThrowIfNull(docs);
        var links = LinksFor(ask, docs.Rules);
        return SmsText.Ask(docs.Voice.Render(VoiceKey.SmsAsk, Values(ask, docs), Medium.PlainText), links.Landing);
    }

    /// <summary>The review nudge by SMS, worded neutrally for an unhappy customer under the "everyone" policy.</summary>
    public string ReviewNudgeSms(Ask ask, Bucket bucket, OwnerDocSet docs)
    {
        ArgumentNullException.ThrowIfNull(docs);
        var values = Values(ask, docs);
        values["review_link"] = LinksFor(ask, docs.Rules).Review.AbsoluteUri;
        var text = bucket == Bucket.Happy
            ? docs.Voice.Render(VoiceKey.SmsNudge, values, Medium.PlainText)
            : TemplateRenderer.Render(NeutralNudgeSms, values, Medium.PlainText);
        return SmsText.WithOptOut(text);
    }

    /// <summary>Wording of the SMS review nudge for an unhappy customer under the "everyone" policy.</summary>
    public const string NeutralNudgeSms = "Thank you for your feedback, {first_name}. The owner of {business} will be in touch. A public review is welcome too: {review_link}";

    private OutboundEmail StarEmail(Ask ask, OwnerDocSet docs, string kind, VoiceKey subject, VoiceKey text)
    {
        ArgumentNullException.ThrowIfNull(docs);
        var links = LinksFor(ask, docs.Rules);
        var values = Values(ask, docs);
        var plain = docs.Voice.Render(text, values, Medium.PlainText) + "\n\n"
            + docs.Voice.Render(VoiceKey.StarPrompt, values, Medium.PlainText) + "\n"
            + string.Join("\n", links.Stars.Select((u, i) => $"{i + 1} {(i == 0 ? "star " : "stars")}: {u.AbsoluteUri}"))
            + Footer(links);
        var html = EmailHtml.Page(
            EmailHtml.Paragraph(docs.Voice.Render(text, values, Medium.Html))
            + EmailHtml.Paragraph(docs.Voice.Render(VoiceKey.StarPrompt, values, Medium.Html), 18)
            + EmailHtml.StarRow(links.Stars), links.Unsubscribe);
        return Email(ask, kind, docs.Voice.Render(subject, values, Medium.PlainText), plain, html, links, links.ReplyTo, docs);
    }

    private OutboundEmail Email(Ask ask, string kind, string subject, string text, string html, AskLinks links, string? replyTo,
        OwnerDocSet docs)
    {
        var to = ask.Customer.Email ?? throw new InvalidOperationException("This ask has no email address.");
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            ["List-Unsubscribe"] = $"<{links.Unsubscribe.AbsoluteUri}>",
            ["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click",
        };
        return new OutboundEmail(to, FromHeader(docs), replyTo,
            OneLine(subject), text, html, headers, $"{kind}.{ask.AskId}.{ask.CustomerId}@{settings.ReplyDomain}");
    }

    // A quoted display name, so a business name with a comma or a colon stays one mailbox. No sender name set: the business's.
    private string FromHeader(OwnerDocSet docs) =>
        $"\"{OneLine(settings.FromName is { Length: > 0 } name ? name : docs.Rules.BusinessName).Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal)}\" <{settings.FromAddress}>";

    private static string Footer(AskLinks links) => $"\n\nUnsubscribe: {links.Unsubscribe.AbsoluteUri}\n";

    // A customer's name with a line break must not be able to add headers through the subject.
    private static string OneLine(string text) => string.Join(' ', text.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries)).Trim();

    private static Dictionary<string, string> Values(Ask ask, OwnerDocSet docs) => new(StringComparer.Ordinal)
    {
        ["first_name"] = ask.Customer.FirstName,
        ["business"] = docs.Rules.BusinessName,
        ["visit_type"] = ask.VisitType,
    };

    private Uri Link(params string[] parts) =>
        new(settings.PublicBaseUrl.AbsoluteUri.TrimEnd('/') + "/" + string.Join('/', parts.Select(Uri.EscapeDataString)));
}
