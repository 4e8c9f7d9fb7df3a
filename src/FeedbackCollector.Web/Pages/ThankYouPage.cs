using System.Text;
using FeedbackCollector.Web.Http;

namespace FeedbackCollector.Web.Pages;

/// <summary>The page after a POST: one per outcome. Review links appear only when the sink passed them.</summary>
internal static class ThankYouPage
{
    public static WebResponse Render(TapOutcome outcome) => Page(outcome) with { Outcome = OutcomeWord(outcome.Result) };

    /// <summary>A forged or tampered link is counted as a signature failure (the AWS metric filter reads this word).</summary>
    private static string OutcomeWord(TapResult result) => result switch
    {
        TapResult.InvalidLink => "signature_failure",
        TapResult.ExpiredLink => "link-expired",
        TapResult.AlreadyAnswered => "already-answered",
        var recorded => "recorded-" + recorded.ToString().ToLowerInvariant(),
    };

    private static WebResponse Page(TapOutcome outcome) => outcome.Result switch
    {
        TapResult.InvalidLink => LinkPages.Invalid(outcome.BusinessName),
        TapResult.ExpiredLink => LinkPages.Expired(outcome.BusinessName),
        TapResult.AlreadyAnswered => Page(outcome, "You’ve already answered",
            "<p>We already have your answer for this visit, thank you. Only the first answer counts.</p>"),
        TapResult.Happy => Page(outcome, "Thank you!", Words(outcome,
            "<p>We’re so glad you enjoyed your visit to " + Html.E(outcome.BusinessName) + ".</p>")),
        TapResult.Unhappy => Page(outcome, "Thank you for telling us", Words(outcome,
            "<p>We’re sorry your visit wasn’t what it should have been. Your answer went straight to the owner of " +
            Html.E(outcome.BusinessName) + ", who will read it personally.</p>")),
        _ => Page(outcome, "Thank you", Words(outcome,
            "<p>Thank you for your answer. If you’d like to tell us more, just reply to our email.</p>")),
    };

    /// <summary>The owner's words when the sink gave them (escaped, paragraphs kept), else the built-in text.</summary>
    private static string Words(TapOutcome outcome, string builtIn) =>
        string.IsNullOrWhiteSpace(outcome.Thanks) ? builtIn
            : string.Concat(outcome.Thanks.Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(p => "<p>" + Html.E(p).Replace("\n", "<br>", StringComparison.Ordinal) + "</p>"));

    private static WebResponse Page(TapOutcome outcome, string heading, string text)
    {
        var body = new StringBuilder();
        body.Append("<h1>").Append(Html.E(heading)).Append("</h1>").Append(text);
        if (outcome.ReviewLinks.Count > 0)
        {
            body.Append("<section><p>Would you share your experience with others? It helps a small business a lot.</p>");
            foreach (var link in outcome.ReviewLinks)
            {
                if (link.Url.Scheme != Uri.UriSchemeHttps && link.Url.Scheme != Uri.UriSchemeHttp) continue;
                body.Append("<p><a class=\"button\" rel=\"noopener noreferrer\" href=\"").Append(Html.E(link.Url.AbsoluteUri))
                    .Append("\">").Append(Html.E(link.Label)).Append("</a></p>");
            }
            body.Append("</section>");
        }
        return WebResponse.Html(200, Html.Page(heading, body.ToString()));
    }
}
