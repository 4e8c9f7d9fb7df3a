using Microsoft.Playwright;

namespace FeedbackCollector.EndToEnd;

/// <summary>A real browser (Debian's chromium, headless, driven by Playwright) on a star link from an outbox email.</summary>
public sealed class BrowserTests
{
    [Fact]
    public async Task A_star_link_from_the_outbox_opens_in_chromium_and_sending_shows_the_thank_you_page()
    {
        SystemChromium.RequireInstalled();
        await using var serve = await ServeProcess.StartNewAsync();
        const string dee = "dee@customers.example";
        (await serve.PostWebhookAsync(ServeProcess.Visit("sale-b", "Dee", dee, ServeProcess.Start))).Dispose();
        await serve.AdvanceToAsync(ServeProcess.Start.AddHours(2));
        await serve.TickAsync();
        var ask = (await serve.WaitForMailAsync(dee, 1)).Should().ContainSingle().Subject;
        var star4 = ServeFlowTests.StarLinks(ask)[3];

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await SystemChromium.LaunchAsync(playwright);
        var page = await browser.NewPageAsync();
        await page.GotoAsync(star4);
        (await page.IsCheckedAsync("input[name=stars][value='4']")).Should().BeTrue("the tapped star is preselected");
        (await ServeFlowTests.AnswerOfAsync(serve, dee)).Should().BeNull("opening the page records nothing");

        await page.FillAsync("textarea[name=comment]", "Great cut, thanks!");
        await page.ClickAsync("button[type=submit]");
        // A web-first wait: a load-state wait right after the click could settle on the form page before it is left.
        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("Thank you");
        var answer = await ServeFlowTests.AnswerOfAsync(serve, dee);
        answer.Should().NotBeNull();
        answer!.Raw.Should().Contain("Great cut");
    }
}
