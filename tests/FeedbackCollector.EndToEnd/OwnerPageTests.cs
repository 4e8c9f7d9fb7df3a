using System.Net;
using System.Text.RegularExpressions;
using FeedbackCollector.Core.Model;
using FeedbackCollector.Local.Sqlite;

namespace FeedbackCollector.EndToEnd;

/// <summary>The owner page of a running `serve`: key → session, the unclear queue and outbox, one click recorded with who made it.</summary>
public sealed partial class OwnerPageTests
{
    [Fact]
    public async Task The_owner_signs_in_with_the_key_sees_the_unclear_reply_and_the_outbox_and_marks_it_happy()
    {
        await using var serve = await ServeProcess.StartNewAsync();
        const string gus = "gus@customers.example";
        (await serve.PostWebhookAsync(ServeProcess.Visit("sale-o", "Gus", gus, ServeProcess.Start))).Dispose();
        await serve.AdvanceToAsync(ServeProcess.Start.AddHours(2));
        await serve.TickAsync();
        var ask = (await serve.WaitForMailAsync(gus, 1)).Should().ContainSingle().Subject;
        await serve.SendMailAsync(ServeProcess.Reply(gus, ask.ReplyTo.Mailboxes.Single().Address, "It was ok I suppose."));
        (await ServeFlowTests.AnswerOfAsync(serve, gus))!.Bucket.Should().Be(Bucket.Unclear);

        using var handler = new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() };
        using var owner = new HttpClient(handler) { BaseAddress = serve.BaseUrl };
        using (var wrong = await owner.GetAsync("owner?key=not-the-key")) wrong.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        var key = (await File.ReadAllTextAsync(Path.Combine(serve.DataDir, "secrets", "owner_key"))).Trim();
        using (var signIn = await owner.GetAsync($"owner?key={key}")) signIn.StatusCode.Should().Be(HttpStatusCode.SeeOther);
        var page = await owner.GetStringAsync("owner");
        page.Should().Contain("It was ok I suppose.", "the unclear queue shows the reply");
        page.Should().Contain(ask.Subject!.Split(' ')[0], "the outbox lists the ask");

        var form = new Dictionary<string, string>
        {
            ["csrf"] = Hidden(page, "csrf"), ["customer"] = Hidden(page, "customer"), ["ask"] = Hidden(page, "ask"), ["action"] = "happy",
        };
        using (var decide = await owner.PostAsync("owner/decide", new FormUrlEncodedContent(form)))
        {
            decide.StatusCode.Should().Be(HttpStatusCode.SeeOther);
            decide.Headers.Location!.OriginalString.Should().Be("/owner?done=1");
        }
        (await serve.WaitForMailAsync(gus, 2)).Should().HaveCount(2, "marked happy, Gus gets the review nudge");
        var storage = await LocalStorage.OpenAsync(Path.Combine(serve.DataDir, "feedback.db"));
        var audit = await storage.Audit.ListForAskAsync(AskId.ForCustomer(gus, null), Hidden(page, "ask"));
        audit.Should().Contain(e => e.Move == Move.MarkedHappy && e.ByUser == "owner");
    }

    [Fact]
    public async Task The_key_is_printed_only_by_the_first_start_and_sign_out_everywhere_ends_a_session_from_another_browser()
    {
        await using var serve = await ServeProcess.StartNewAsync();
        var key = (await File.ReadAllTextAsync(Path.Combine(serve.DataDir, "secrets", "owner_key"))).Trim();
        await serve.KillAsync();
        await serve.StartAsync();
        Regex.Count(serve.Output, Regex.Escape(key)).Should().Be(1, "the start that made the key shows it once; the restart does not");

        using var phoneHandler = new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() };
        using var phone = new HttpClient(phoneHandler) { BaseAddress = serve.BaseUrl };
        using var laptopHandler = new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() };
        using var laptop = new HttpClient(laptopHandler) { BaseAddress = serve.BaseUrl };
        (await phone.GetAsync($"owner?key={key}")).Dispose();
        await serve.AdvanceToAsync(ServeProcess.Start.AddMinutes(5));
        (await laptop.GetAsync($"owner?key={key}")).Dispose();
        var csrf = Hidden(await laptop.GetStringAsync("owner"), "csrf");
        await serve.AdvanceToAsync(ServeProcess.Start.AddMinutes(6));

        using (var ended = await laptop.PostAsync("owner/sign-out-everywhere", new FormUrlEncodedContent(new Dictionary<string, string> { ["csrf"] = csrf })))
            ended.StatusCode.Should().Be(HttpStatusCode.OK);

        using (var lost = await phone.GetAsync("owner")) lost.StatusCode.Should().Be(HttpStatusCode.Unauthorized, "the phone's session was ended from the laptop");
        using (var again = await laptop.GetAsync("owner")) again.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }

    private static string Hidden(string page, string name) =>
        WebUtility.HtmlDecode(Regex.Match(page, $"name=\"{name}\" value=\"([^\"]*)\"").Groups[1].Value);
}
