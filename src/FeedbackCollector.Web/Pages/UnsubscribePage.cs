using FeedbackCollector.Web.Http;

namespace FeedbackCollector.Web.Pages;

/// <summary>
/// GET /u/{token} asks for confirmation (a scanner opening the link must not unsubscribe anyone);
/// POST /u/{token} unsubscribes: both the confirm button and RFC 8058 one-click
/// (body "List-Unsubscribe=One-Click", sent by the mail provider) land here, no further confirmation.
/// </summary>
internal sealed class UnsubscribePage(IUnsubscribeSink sink)
{
    public async Task<WebResponse> ConfirmAsync(string token, CancellationToken ct)
    {
        if (!StarPage.IsPlausibleToken(token)) return LinkPages.Invalid("");
        var check = await sink.CheckAsync(token, ct);
        if (!check.Valid) return LinkPages.Invalid(check.BusinessName);
        var who = string.IsNullOrEmpty(check.MaskedAddress) ? "" : " for " + Html.E(check.MaskedAddress);
        return WebResponse.Html(200, Html.Page("Unsubscribe",
            $"<h1>Unsubscribe{who}?</h1><p>{Html.E(check.BusinessName)} will not email you again about your visits.</p>" +
            $"<form method=\"post\" action=\"/u/{Html.E(token)}\"><input type=\"hidden\" name=\"confirm\" value=\"yes\">" +
            "<button type=\"submit\">Unsubscribe</button></form>"));
    }

    /// <summary>RFC 8058 lets the provider send the one-click body as multipart/form-data too.</summary>
    private static bool IsMultipartOneClick(WebRequest request)
    {
        if (request.Header("Content-Type")?.StartsWith("multipart/form-data", StringComparison.OrdinalIgnoreCase) != true
            || request.Body.Length > 8192) return false;
        var text = System.Text.Encoding.UTF8.GetString(request.Body.Span);
        return text.Contains("name=\"List-Unsubscribe\"", StringComparison.OrdinalIgnoreCase)
            && text.Contains("One-Click", StringComparison.Ordinal);
    }

    public async Task<WebResponse> UnsubscribeAsync(WebRequest request, string token, CancellationToken ct)
    {
        if (!StarPage.IsPlausibleToken(token)) return LinkPages.Invalid("");
        var form = FormBody.Parse(request.Body);
        var oneClick = form?.GetValueOrDefault("List-Unsubscribe") == "One-Click" || IsMultipartOneClick(request);
        var confirmed = form?.GetValueOrDefault("confirm") == "yes";
        if (!oneClick && !confirmed) return await ConfirmAsync(token, ct);
        var result = await sink.UnsubscribeAsync(token, ct);
        return result switch
        {
            UnsubscribeResult.InvalidLink => LinkPages.Invalid(""),
            _ => WebResponse.Html(200, Html.Page("Unsubscribed",
                "<h1>You’re unsubscribed</h1><p>You won’t receive any more emails about your visits.</p>")),
        };
    }
}
