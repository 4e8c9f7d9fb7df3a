using FeedbackCollector.Web.Http;

namespace FeedbackCollector.Web.Pages;

/// <summary>Friendly pages for links that cannot be used; they never say why a token failed in detail.</summary>
internal static class LinkPages
{
    public static WebResponse Invalid(string businessName) => WebResponse.Html(404, Html.Page("Link not recognised",
        "<h1>This link doesn’t work</h1><p>It may have been copied incompletely. Nothing was recorded." +
        Reply(businessName) + "</p>"));

    public static WebResponse Expired(string businessName) => WebResponse.Html(410, Html.Page("Link expired",
        "<h1>This link has expired</h1><p>Thank you for wanting to tell us about your visit. Nothing was recorded." +
        Reply(businessName) + "</p>"));

    private static string Reply(string businessName) => string.IsNullOrWhiteSpace(businessName)
        ? " You can still reply to the email you received."
        : $" You can still reply to the email from {Html.E(businessName)}.";
}
