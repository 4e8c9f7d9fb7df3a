using FeedbackCollector.Core.Flow;
using FeedbackCollector.Core.Tokens;
using FeedbackCollector.Web.Http;

namespace FeedbackCollector.Web.Pages;

/// <summary>
/// GET /o/{token} names the action and the customer and asks to confirm, recording nothing; POST /o/{token} records.
/// The token itself is the capability (signed, one answer, one action, expiring), so the POST needs no session; a
/// browser's cross-site POST is still refused by Origin / Sec-Fetch-Site where the browser sends them.
/// </summary>
internal sealed class OwnerDecisionPage(IOwnerDecisionSink sink)
{
    public async Task<WebResponse> ShowAsync(string token, CancellationToken ct) =>
        StarPage.IsPlausibleToken(token) ? Render(await sink.CheckAsync(token, ct), token) : Refused();

    public async Task<WebResponse> DecideAsync(WebRequest request, string token, CancellationToken ct)
    {
        if (IsCrossSite(request))
            return WebResponse.Html(403, Html.Page("Refused", "<h1>Refused</h1><p>This decision did not come from its own page. Nothing was recorded.</p>"))
                with { Outcome = "owner-link-cross-site" };
        return StarPage.IsPlausibleToken(token) ? Render(await sink.DecideAsync(token, ct), token) : Refused();
    }

    private static bool IsCrossSite(WebRequest request)
    {
        if (request.Header("Sec-Fetch-Site") is { } site && site is not ("same-origin" or "none")) return true;
        if (request.Header("Origin") is not { Length: > 0 } origin || origin == "null") return false;
        return request.Header("Host") is { } host && Uri.TryCreate(origin, UriKind.Absolute, out var o) && !string.Equals(o.Authority, host, StringComparison.OrdinalIgnoreCase);
    }

    private static WebResponse Render(OwnerDecisionView view, string token) => view.State switch
    {
        OwnerLinkState.Ready => Page(200, "Confirm", $"<h1>{Html.E(Verb(view.Action))}?</h1>{Answer(view)}" +
            $"<form method=\"post\" action=\"/o/{Html.E(token)}\"><p><button type=\"submit\">{Html.E(Verb(view.Action))}</button></p></form>" +
            "<p class=\"muted\">Nothing is recorded until you press the button.</p>", "owner-link-shown"),
        OwnerLinkState.Decided => Page(200, "Done", $"<h1>Done</h1><p>{Html.E(Done(view.Action))}</p>{Answer(view)}", "owner-decided"),
        OwnerLinkState.AlreadyDecided => Page(200, "Already decided",
            $"<h1>Already decided</h1><p>This answer was already {Html.E(view.Detail ?? "decided")}. Nothing more was recorded.</p>{Answer(view)}",
            "owner-already-decided"),
        OwnerLinkState.Expired => Page(410, "Link expired",
            "<h1>This link has expired</h1><p>Owner links work for two weeks. Nothing was recorded; the next digest or the owner page has a fresh one.</p>",
            "owner-link-expired"),
        _ => Refused(),
    };

    private static WebResponse Refused() => Page(404, "Link not recognised",
        "<h1>This link is not valid</h1><p>It was not signed by this collector, or it was changed or copied incompletely. Nothing was recorded.</p>",
        "owner-link-invalid");

    private static WebResponse Page(int status, string title, string body, string outcome) =>
        WebResponse.Html(status, Html.Page(title, body)) with { Outcome = outcome };

    private static string Answer(OwnerDecisionView v) =>
        $"<p><strong>{Html.E(v.FirstName ?? "A customer")}</strong>{(v.VisitType is null ? "" : " after a " + Html.E(v.VisitType))} said:</p>" +
        $"<blockquote style=\"white-space:pre-wrap\">{Html.E(v.Said ?? "(no words)")}</blockquote>";

    private static string Verb(OwnerTokenAction? action) => action switch
    {
        OwnerTokenAction.Happy => "Mark as happy",
        OwnerTokenAction.Unhappy => "Mark as unhappy",
        OwnerTokenAction.Dismiss => "Dismiss",
        _ => "Mark complaint resolved",
    };

    private static string Done(OwnerTokenAction? action) => action switch
    {
        OwnerTokenAction.Happy => "Marked happy: the customer gets the review nudge under your review-link policy.",
        OwnerTokenAction.Unhappy => "Marked unhappy: it is now a complaint, and you get the private ping with their contact links.",
        OwnerTokenAction.Dismiss => "Dismissed: it is off the list.",
        _ => "Marked resolved: it counts in this month's complaints resolved.",
    };
}
