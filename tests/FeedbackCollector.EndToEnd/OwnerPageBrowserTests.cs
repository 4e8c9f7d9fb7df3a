using System.Globalization;
using System.Text.RegularExpressions;
using FeedbackCollector.Core.Model;
using Microsoft.Playwright;

namespace FeedbackCollector.EndToEnd;

/// <summary>
/// The owner page of a real `serve` in Debian's chromium: a business in Singapore, answers made through the real
/// webhook, tap pages and reply listener with the test clock; local times, the SVG charts against the answers, and
/// one decision from the unclear queue through to the customer's review nudge.
/// </summary>
public sealed class OwnerPageBrowserTests
{
    [Fact]
    public async Task The_owner_page_in_chromium_shows_singapore_times_charts_that_match_the_answers_and_a_happy_click_nudges_the_customer()
    {
        SystemChromium.RequireInstalled();
        await using var serve = await ServeProcess.StartNewAsync();
        var (ann, ben, cat, dee) = ("ann@customers.example", "ben@customers.example", "cat@customers.example", "dee@customers.example");
        foreach (var (email, i) in new[] { ann, ben, cat, dee }.Select((e, i) => (e, i)))
            (await serve.PostWebhookAsync(ServeProcess.Visit("sale-p" + i, email[..3], email, ServeProcess.Start))).Dispose();
        await serve.AdvanceToAsync(ServeProcess.Start.AddHours(2)); // 11:00 in Singapore, 03:00 UTC
        await serve.TickAsync();
        var asks = new Dictionary<string, MimeKit.MimeMessage>();
        foreach (var email in new[] { ann, ben, cat, dee }) asks[email] = (await serve.WaitForMailAsync(email, 1)).Should().ContainSingle().Subject;
        await TapAsync(serve, asks[ann], 5, "Lovely");
        await TapAsync(serve, asks[ben], 1, "Too rushed <b>sorry</b>");
        await serve.SendMailAsync(ServeProcess.Reply(cat, asks[cat].ReplyTo.Mailboxes.Single().Address, "It was ok I suppose."));
        foreach (var (email, bucket) in new[] { (ann, Bucket.Happy), (ben, Bucket.Unhappy), (cat, Bucket.Unclear) })
            (await WaitForAnswerAsync(serve, email))!.Bucket.Should().Be(bucket);

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await SystemChromium.LaunchAsync(playwright);
        var page = await browser.NewPageAsync();
        var key = (await File.ReadAllTextAsync(Path.Combine(serve.DataDir, "secrets", "owner_key"))).Trim();
        await page.GotoAsync(new Uri(serve.BaseUrl, "owner?key=" + Uri.EscapeDataString(key)).AbsoluteUri);
        page.Url.Should().EndWith("/owner", "the key leaves the address bar");

        // Local times: the answers came at 11:00 in Singapore (03:00 UTC).
        (await page.InnerTextAsync("body")).Should().Contain("Times in Asia/Singapore");
        var times = await page.Locator("#answers time").AllInnerTextsAsync();
        times.Should().HaveCount(3).And.OnlyContain(t => t.StartsWith("Mon 2 Mar 2026, 11:0", StringComparison.Ordinal));
        (await page.Locator("time").AllInnerTextsAsync()).Should().NotContain(t => t.Contains(", 03:0", StringComparison.Ordinal));
        (await page.InnerTextAsync("#answers")).Should().Contain("Too rushed <b>sorry</b>", "customer text is shown as text, not markup");

        // Charts: twelve weeks, the last one holding the four asks and three answers; stars 1 and 5 once each.
        (await Values(page, "weekly", "asked")).Should().HaveCount(12).And.EndWith(4).And.Subject.Sum().Should().Be(4);
        (await Values(page, "weekly", "answered")).Should().HaveCount(12).And.EndWith(3).And.Subject.Sum().Should().Be(3);
        (await Values(page, "weekly", "happy")).Should().EndWith(1).And.Subject.Sum().Should().Be(1);
        (await Values(page, "weekly", "unhappy")).Should().EndWith(1).And.Subject.Sum().Should().Be(1);
        (await Values(page, "stars", "stars")).Should().Equal(1, 0, 0, 0, 1);
        var heights = await Heights(page, "weekly", "asked");
        heights[^1].Should().BeGreaterThan(0);
        (await Heights(page, "weekly", "answered"))[^1].Should().BeApproximately(heights[^1] * 3 / 4, 0.5, "bar heights are in proportion to the counts");
        (await page.TextContentAsync("svg[data-chart=rate]")).Should().Contain("75% (3 of 4 answered)");
        (await page.Locator("script").CountAsync()).Should().Be(0);

        // A decision round trip: Happy on Cat's unclear reply takes it out of the queue and sends her the review nudge.
        (await page.InnerTextAsync("#unclear h2")).Should().Be("Needs you (1)");
        await page.Locator("#unclear button", new() { HasText = "Happy" }).First.ClickAsync();
        // Web-first waits: the click starts a POST and a redirect, and a load-state wait could settle on the page it left.
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/owner\\?done=1$"));
        await Assertions.Expect(page.Locator("#unclear h2")).ToHaveTextAsync("Needs you (0)");
        (await serve.WaitForMailAsync(cat, 2)).Should().HaveCount(2, "marked happy, Cat gets the review nudge");
        (await Values(page, "weekly", "happy")).Should().EndWith(2, "the owner's mark counts her as happy");

        // Mark resolved on Ben's complaint.
        (await page.InnerTextAsync("#complaints h2")).Should().Be("Complaints (1 open)");
        await page.Locator("#complaints button", new() { HasText = "Mark resolved" }).ClickAsync();
        // The address is /owner?done=1 before and after this one: the page's own count is what changes.
        await Assertions.Expect(page.Locator("#complaints h2")).ToHaveTextAsync("Complaints (0 open)");
        page.Url.Should().EndWith("/owner?done=1");
    }

    private static async Task TapAsync(ServeProcess serve, MimeKit.MimeMessage ask, int stars, string comment)
    {
        var link = ServeFlowTests.StarLinks(ask)[stars - 1];
        var post = new Uri(link[..link.LastIndexOf('/')]);
        using var response = await serve.Http.PostAsync(post, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["stars"] = stars.ToString(CultureInfo.InvariantCulture), ["comment"] = comment,
        }));
        response.IsSuccessStatusCode.Should().BeTrue();
    }

    private static async Task<Feedback?> WaitForAnswerAsync(ServeProcess serve, string email)
    {
        for (var i = 0; i < 100; i++)
        {
            if (await ServeFlowTests.AnswerOfAsync(serve, email) is { } answer) return answer;
            await Task.Delay(100);
        }
        return null;
    }

    private static async Task<List<int>> Values(IPage page, string chart, string series) =>
        [.. (await page.Locator($"svg[data-chart={chart}] rect.bar.{series}").EvaluateAllAsync<string[]>("rs => rs.map(r => r.getAttribute('data-value'))"))
            .Select(v => int.Parse(v, CultureInfo.InvariantCulture))];

    private static async Task<List<double>> Heights(IPage page, string chart, string series) =>
        [.. (await page.Locator($"svg[data-chart={chart}] rect.bar.{series}").EvaluateAllAsync<string[]>("rs => rs.map(r => r.getAttribute('height'))"))
            .Select(v => double.Parse(v, CultureInfo.InvariantCulture))];
}
