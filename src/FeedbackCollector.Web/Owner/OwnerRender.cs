using System.Text;
using FeedbackCollector.Core.Flow;
using FeedbackCollector.Core.Model;
using FeedbackCollector.Web.Http;

namespace FeedbackCollector.Web.Owner;

/// <summary>
/// The owner page's HTML: times in the business's timezone, no internal keys on show (ids travel only in the forms'
/// hidden fields), customer words escaped like everything else that comes from outside, charts as inline SVG.
/// </summary>
internal static class OwnerRender
{
    private const int MaxRows = 100;

    public static string Page(OwnerView view, string csrf, string? done)
    {
        var time = new OwnerTime(view.TimeZone);
        var body = new StringBuilder();
        body.Append("<h1>").Append(Html.E(view.BusinessName)).Append("</h1>")
            .Append("<p class=\"muted\">Times in ").Append(Html.E(time.ZoneId)).Append(".</p>");
        if (done == "1") body.Append("<p class=\"muted\" role=\"status\">Done.</p>");
        if (done == "0") body.Append("<p class=\"muted\" role=\"status\">That item was already handled.</p>");
        Unclear(body, view.Unclear, csrf, time);
        Complaints(body, view.Complaints, csrf, time);
        Charts(body, view);
        Answers(body, view.RecentAnswers, time);
        Asks(body, view.RecentAsks, time);
        if (view.Outbox.Count > 0) Outbox(body, view.Outbox, time);
        body.Append("<form method=\"post\" action=\"/owner/sign-out-everywhere\">").Append(Hidden("csrf", csrf))
            .Append("<button type=\"submit\">Sign out everywhere</button></form>");
        return Html.Page("Owner · " + view.BusinessName, body.ToString());
    }

    private static void Unclear(StringBuilder body, IReadOnlyList<UnclearItem> items, string csrf, OwnerTime time)
    {
        body.Append("<section id=\"unclear\"><h2>Needs you (").Append(items.Count).Append(")</h2>");
        if (items.Count == 0) body.Append("<p class=\"muted\">Nothing waiting.</p>");
        foreach (var item in items.Take(MaxRows))
        {
            body.Append("<div class=\"item\"><p><strong>").Append(Html.E(item.FirstName)).Append("</strong> <span class=\"muted\"><time>")
                .Append(Html.E(time.Format(item.ReceivedAt))).Append("</time></span></p><blockquote>")
                .Append(Html.E(item.Text)).Append("</blockquote>");
            foreach (var (action, label) in (ReadOnlySpan<(string, string)>)[("happy", "Happy"), ("unhappy", "Unhappy"), ("dismiss", "Dismiss")])
                Form(body, csrf, item.CustomerId, item.AskId, action, label);
            body.Append("</div>");
        }
        body.Append("</section>");
    }

    private static void Complaints(StringBuilder body, IReadOnlyList<ComplaintItem> items, string csrf, OwnerTime time)
    {
        var open = items.Where(c => c.ResolvedAt is null).ToList();
        body.Append("<section id=\"complaints\"><h2>Complaints (").Append(open.Count).Append(" open)</h2>");
        if (items.Count == 0) body.Append("<p class=\"muted\">None.</p>");
        foreach (var c in items.Take(MaxRows))
        {
            body.Append("<div class=\"item ").Append(c.ResolvedAt is null ? "open" : "resolved").Append("\"><p><strong>").Append(Html.E(c.FirstName))
                .Append("</strong> <span class=\"muted\">").Append(Html.E(c.VisitType)).Append(" · since <time>")
                .Append(Html.E(time.Format(c.OpenedAt))).Append("</time>");
            if (c.ResolvedAt is { } resolved) body.Append(" · resolved <time>").Append(Html.E(time.Format(resolved))).Append("</time>");
            body.Append("</span></p><blockquote>").Append(Html.E(c.Said)).Append("</blockquote>");
            if (c.ResolvedAt is null) Form(body, csrf, c.CustomerId, c.AskId, "resolve", "Mark resolved");
            body.Append("</div>");
        }
        body.Append("</section>");
    }

    private static void Charts(StringBuilder body, OwnerView view)
    {
        if (view.Charts is not { } charts) return;
        body.Append("<section id=\"charts\"><h2>Last ").Append(charts.Weeks.Count).Append(" weeks</h2>")
            .Append("<figure>").Append(OwnerSvg.Weekly(charts.Weeks)).Append("<figcaption>Asked, answered, happy and unhappy per week</figcaption></figure>")
            .Append("<h3>Response rate</h3><figure>").Append(OwnerSvg.ResponseRate(charts.ResponseRatePercent, charts.Answered, charts.Asked)).Append("</figure>")
            .Append("<h3>Stars</h3><figure>").Append(OwnerSvg.Stars(charts.Stars)).Append("<figcaption>Star taps by number of stars</figcaption></figure>")
            .Append("</section>");
    }

    private static void Answers(StringBuilder body, IReadOnlyList<Feedback> answers, OwnerTime time)
    {
        body.Append("<section id=\"answers\"><h2>Recent answers</h2><table><tr><th>When</th><th>Via</th><th>Answer</th><th>Reading</th></tr>");
        foreach (var a in answers.Take(MaxRows))
        {
            var (stars, words) = AnswerText.Split(a);
            var said = (stars is { } n ? new string('★', Math.Clamp(n, 0, 5)) + (words is null ? "" : " ") : "") + (words ?? "");
            body.Append("<tr><td><time>").Append(Html.E(time.Format(a.ReceivedAt))).Append("</time></td><td>")
                .Append(a.Channel switch { Channel.Tap => "star tap", Channel.Sms => "SMS", _ => "email" }).Append("</td><td>").Append(Html.E(said)).Append("</td><td>")
                .Append(Html.E(a.Bucket.ToString().ToLowerInvariant())).Append("</td></tr>");
        }
        body.Append("</table></section>");
    }

    private static void Asks(StringBuilder body, IReadOnlyList<Ask> asks, OwnerTime time)
    {
        body.Append("<section id=\"asks\"><h2>Recent asks</h2><table><tr><th>Customer</th><th>Visit</th><th>Sent</th><th>Status</th></tr>");
        foreach (var a in asks.Take(MaxRows))
        {
            body.Append("<tr><td>").Append(Html.E(a.Customer.FirstName)).Append("</td><td>").Append(Html.E(a.VisitType))
                .Append("</td><td><time>").Append(Html.E(time.Format(a.SentAt ?? a.SendAt))).Append("</time>")
                .Append(a.SentAt is null ? " (planned)" : "").Append("</td><td>").Append(Html.E(a.Status.ToString().ToLowerInvariant()))
                .Append(a.LastError is null ? "" : " · the last attempt failed").Append("</td></tr>");
        }
        body.Append("</table></section>");
    }

    private static void Outbox(StringBuilder body, IReadOnlyList<OutboxItem> outbox, OwnerTime time)
    {
        body.Append("<section id=\"outbox\"><h2>Outbox</h2><table><tr><th>When</th><th>To</th><th>Subject</th></tr>");
        foreach (var o in outbox.Take(MaxRows))
        {
            body.Append("<tr><td><time>").Append(Html.E(time.Format(o.CreatedAt))).Append("</time></td><td>").Append(Html.E(o.To))
                .Append("</td><td>").Append(Html.E(o.Subject)).Append("</td></tr>");
        }
        body.Append("</table></section>");
    }

    private static void Form(StringBuilder body, string csrf, string customerId, string askId, string action, string label) =>
        body.Append("<form class=\"inline\" method=\"post\" action=\"/owner/decide\">")
            .Append(Hidden("csrf", csrf)).Append(Hidden("customer", customerId)).Append(Hidden("ask", askId))
            .Append(Hidden("action", action)).Append("<button type=\"submit\">").Append(Html.E(label)).Append("</button></form> ");

    private static string Hidden(string name, string value) =>
        $"<input type=\"hidden\" name=\"{name}\" value=\"{Html.E(value)}\">";
}
