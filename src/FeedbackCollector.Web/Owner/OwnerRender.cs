using System.Globalization;
using System.Text;
using FeedbackCollector.Core.Model;
using FeedbackCollector.Web.Http;

namespace FeedbackCollector.Web.Owner;

/// <summary>The owner page's HTML. Customer words are escaped like everything else that comes from outside.</summary>
internal static class OwnerRender
{
    private const int MaxRows = 100;

    public static string Page(OwnerView view, string csrf, string? done)
    {
        var body = new StringBuilder();
        body.Append("<h1>").Append(Html.E(view.BusinessName)).Append("</h1>");
        if (done == "1") body.Append("<p class=\"muted\">Done.</p>");
        if (done == "0") body.Append("<p class=\"muted\">That item was already handled.</p>");
        Unclear(body, view.Unclear, csrf);
        Answers(body, view.RecentAnswers);
        Asks(body, view.RecentAsks);
        Outbox(body, view.Outbox);
        return Html.Page("Owner · " + view.BusinessName, body.ToString());
    }

    private static void Unclear(StringBuilder body, IReadOnlyList<UnclearItem> items, string csrf)
    {
        body.Append("<section><h2>Needs you (").Append(items.Count).Append(")</h2>");
        if (items.Count == 0) body.Append("<p class=\"muted\">Nothing waiting.</p>");
        foreach (var item in items.Take(MaxRows))
        {
            body.Append("<div><p><strong>").Append(Html.E(item.FirstName)).Append("</strong> <span class=\"muted\">")
                .Append(Html.E(When(item.ReceivedAt))).Append(" · ").Append(Html.E(item.Reason)).Append("</span></p><blockquote>")
                .Append(Html.E(item.Text)).Append("</blockquote>");
            foreach (var (action, label) in (ReadOnlySpan<(string, string)>)[("happy", "Happy"), ("unhappy", "Unhappy"), ("dismiss", "Dismiss")])
            {
                body.Append("<form class=\"inline\" method=\"post\" action=\"/owner/decide\">")
                    .Append(Hidden("csrf", csrf)).Append(Hidden("customer", item.CustomerId)).Append(Hidden("ask", item.AskId))
                    .Append(Hidden("action", action)).Append("<button type=\"submit\">").Append(label).Append("</button></form> ");
            }
            body.Append("</div>");
        }
        body.Append("</section>");
    }

    private static void Answers(StringBuilder body, IReadOnlyList<Feedback> answers)
    {
        body.Append("<section><h2>Recent answers</h2><table><tr><th>When</th><th>Via</th><th>Answer</th><th>Bucket</th></tr>");
        foreach (var a in answers.Take(MaxRows))
        {
            body.Append("<tr><td>").Append(Html.E(When(a.ReceivedAt))).Append("</td><td>").Append(Html.E(a.Channel.ToString()))
                .Append("</td><td>").Append(Html.E(a.Raw)).Append("</td><td>").Append(Html.E(a.Bucket.ToString())).Append("</td></tr>");
        }
        body.Append("</table></section>");
    }

    private static void Asks(StringBuilder body, IReadOnlyList<Ask> asks)
    {
        body.Append("<section><h2>Recent asks</h2><table><tr><th>Customer</th><th>Visit</th><th>Send at</th><th>Status</th></tr>");
        foreach (var a in asks.Take(MaxRows))
        {
            body.Append("<tr><td>").Append(Html.E(a.Customer.FirstName)).Append("</td><td>").Append(Html.E(a.VisitType))
                .Append("</td><td>").Append(Html.E(When(a.SendAt))).Append("</td><td>").Append(Html.E(a.Status.ToString()))
                .Append(a.LastError is null ? "" : " · " + Html.E(a.LastError)).Append("</td></tr>");
        }
        body.Append("</table></section>");
    }

    private static void Outbox(StringBuilder body, IReadOnlyList<OutboxItem> outbox)
    {
        body.Append("<section><h2>Outbox</h2><table><tr><th>When</th><th>To</th><th>Subject</th><th>File</th></tr>");
        foreach (var o in outbox.Take(MaxRows))
        {
            body.Append("<tr><td>").Append(Html.E(When(o.CreatedAt))).Append("</td><td>").Append(Html.E(o.To))
                .Append("</td><td>").Append(Html.E(o.Subject)).Append("</td><td>").Append(Html.E(o.Name)).Append("</td></tr>");
        }
        body.Append("</table></section>");
    }

    private static string Hidden(string name, string value) =>
        $"<input type=\"hidden\" name=\"{name}\" value=\"{Html.E(value)}\">";

    private static string When(DateTimeOffset at) => at.ToString("yyyy-MM-dd HH:mm 'UTC'zzz", CultureInfo.InvariantCulture);
}
