using System.Buffers;
using System.Globalization;
using System.Text;
using FeedbackCollector.Web.Http;

namespace FeedbackCollector.Web.Pages;

/// <summary>
/// GET /t/{token}/{n} shows the star form with n preselected and records nothing (mail scanners and
/// link previews open every link). POST /t/{token} with stars (and an optional comment) records.
/// </summary>
internal sealed class StarPage(IAnswerSink answers)
{
    internal const int MaxCommentChars = 4000;

    public async Task<WebResponse> ShowAsync(string token, string starsText, CancellationToken ct)
    {
        if (!IsPlausibleToken(token)) return LinkPages.Invalid("");
        var check = await answers.CheckAsync(token, ct);
        return check.State switch
        {
            LinkState.Valid => WebResponse.Html(200, Form(token, ParseStars(starsText), check)),
            LinkState.Expired => LinkPages.Expired(check.BusinessName),
            LinkState.AlreadyAnswered => ThankYouPage.Render(TapOutcome.Of(TapResult.AlreadyAnswered, check.BusinessName)),
            _ => LinkPages.Invalid(check.BusinessName),
        };
    }

    public async Task<WebResponse> SubmitAsync(WebRequest request, string token, CancellationToken ct)
    {
        if (!IsPlausibleToken(token)) return LinkPages.Invalid("");
        var form = FormBody.Parse(request.Body);
        var stars = form is null ? null : ParseStars(form.GetValueOrDefault("stars"));
        if (form is null || stars is null)
        {
            // No star chosen: show the form again (still recording nothing).
            var page = await ShowAsync(token, "", ct);
            return page.Status == 200 ? page with { Status = 400 } : page;
        }
        var comment = form.GetValueOrDefault("comment")?.Trim();
        if (comment?.Length > MaxCommentChars) comment = comment[..MaxCommentChars];
        var outcome = await answers.RecordTapAsync(
            new TapAnswer(token, stars.Value, string.IsNullOrEmpty(comment) ? null : comment, request.RemoteIp), ct);
        return ThankYouPage.Render(outcome);
    }

    /// <summary>Tokens are short base32-ish strings; anything else is not worth asking the sink about.</summary>
    internal static bool IsPlausibleToken(string token) =>
        token.Length is > 0 and <= 200 && !token.AsSpan().ContainsAnyExcept(TokenChars);

    private static readonly SearchValues<char> TokenChars =
        SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.");

    private static int? ParseStars(string? text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is >= 1 and <= 5 ? n : null;

    private static string Form(string token, int? chosen, TapLinkCheck check)
    {
        // Sized for the form (about 1,100 characters) so it is built without regrowing.
        var body = new StringBuilder(1536);
        var greeting = string.IsNullOrWhiteSpace(check.FirstName) ? "Thank you for visiting" : $"Thank you, {Html.E(check.FirstName)}";
        body.Append("<h1>").Append(greeting).Append("</h1>")
            .Append("<p>How was your visit to ").Append(Html.E(check.BusinessName)).Append("?</p>")
            .Append("<form method=\"post\" action=\"/t/").Append(Html.E(token)).Append("\">")
            .Append("<fieldset class=\"stars\"><legend class=\"muted\">Your rating</legend>");
        for (var n = 5; n >= 1; n--)
        {
            var id = "s" + n.ToString(CultureInfo.InvariantCulture);
            body.Append("<input type=\"radio\" name=\"stars\" required id=\"").Append(id).Append("\" value=\"").Append(n)
                .Append(n == chosen ? "\" checked>" : "\">")
                .Append("<label for=\"").Append(id).Append("\" title=\"").Append(n).Append(n == 1 ? " star" : " stars")
                .Append("\">★</label>");
        }
        body.Append("</fieldset>")
            .Append("<p><label for=\"comment\">Anything you would like to tell us? (optional)</label></p>")
            .Append("<textarea id=\"comment\" name=\"comment\" maxlength=\"").Append(MaxCommentChars).Append("\"></textarea>")
            .Append("<p><button type=\"submit\">Send</button></p></form>");
        return Html.Page("Your visit to " + check.BusinessName, body.ToString());
    }
}
