using System.Text.RegularExpressions;
using FeedbackCollector.Core.Model;
using FeedbackCollector.Local.Sqlite;
using MimeKit;

namespace FeedbackCollector.EndToEnd;

/// <summary>The issue's main story against a running `serve`, through its HTTP and SMTP sockets only.</summary>
public sealed partial class ServeFlowTests
{
    [Fact]
    public async Task A_signed_visit_becomes_an_ask_at_the_planned_time_and_only_the_POST_of_its_star_page_records_and_nudges()
    {
        await using var serve = await ServeProcess.StartNewAsync();
        const string ann = "ann@customers.example";
        using (var accepted = await serve.PostWebhookAsync(ServeProcess.Visit("sale-1", "Ann", ann, ServeProcess.Start)))
            accepted.StatusCode.Should().Be(System.Net.HttpStatusCode.OK);

        // The rules say 2 hours after the visit: nothing a minute before, the ask at the planned time.
        var planned = ServeProcess.Start.AddHours(2);
        await serve.AdvanceToAsync(planned.AddMinutes(-1));
        await serve.TickAsync();
        serve.OutboxTo(ann).Should().BeEmpty("the ask is not due yet");
        await serve.AdvanceToAsync(planned);
        await serve.TickAsync();
        var ask = (await serve.WaitForMailAsync(ann, 1)).Should().ContainSingle().Subject;
        ask.Date.Should().BeCloseTo(planned, TimeSpan.FromSeconds(30), "the ask is sent at the planned time on the server's clock");

        var star5 = StarLinks(ask).Should().HaveCount(5).And.Subject.Last();
        using (var page = await serve.Http.GetAsync(new Uri(star5)))
        {
            page.StatusCode.Should().Be(System.Net.HttpStatusCode.OK);
            (await page.Content.ReadAsStringAsync()).Should().Contain("<form method=\"post\"");
        }
        (await AnswerOfAsync(serve, ann)).Should().BeNull("a GET (a mail scanner, a preview) never records a rating");
        serve.OutboxTo(ann).Should().HaveCount(1, "nothing is sent on a GET");

        var token = new Uri(star5).Segments[^2].TrimEnd('/');
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["stars"] = "5", ["comment"] = "Lovely" });
        using (var posted = await serve.Http.PostAsync($"t/{token}", form))
            posted.StatusCode.Should().Be(System.Net.HttpStatusCode.OK);
        var answer = await AnswerOfAsync(serve, ann);
        answer.Should().NotBeNull();
        answer!.Bucket.Should().Be(Bucket.Happy);
        answer.Channel.Should().Be(Channel.Tap);
        var mails = await serve.WaitForMailAsync(ann, 2);
        mails.Should().HaveCount(2);
        mails[1].MessageId.Should().StartWith("nudge.", "a happy answer gets the review nudge");
        var review = Regex.Match(mails[1].TextBody ?? "", @"https?://\S+/r/[A-Za-z0-9._-]+").Value;
        review.Should().NotBeEmpty("the nudge carries the counting review link");
        using var noRedirect = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false });
        using var click = await noRedirect.GetAsync(new Uri(review));
        click.StatusCode.Should().Be(System.Net.HttpStatusCode.Found);
        click.Headers.Location!.AbsoluteUri.Should().Be("https://g.page/r/e2e-salon/review");
    }

    [Fact]
    public async Task A_written_reply_over_SMTP_pings_the_owner_once_and_a_second_reply_to_the_same_ask_changes_nothing()
    {
        await using var serve = await ServeProcess.StartNewAsync();
        const string bob = "bob@customers.example";
        (await serve.PostWebhookAsync(ServeProcess.Visit("sale-2", "Bob", bob, ServeProcess.Start))).Dispose();
        await serve.AdvanceToAsync(ServeProcess.Start.AddHours(2));
        await serve.TickAsync();
        var ask = (await serve.WaitForMailAsync(bob, 1)).Should().ContainSingle().Subject;
        var replyTo = ask.ReplyTo.Mailboxes.Single().Address;
        replyTo.Should().EndWith("@" + ServeProcess.ReplyDomain).And.StartWith("r-");

        await serve.SendMailAsync(ServeProcess.Reply(bob, replyTo, "The haircut was awful and the staff were rude. Very disappointed."));
        var pings = await serve.WaitForOwnerPingsAsync(1);
        pings.Should().ContainSingle("an unhappy reply reaches the owner privately");
        pings[0].TextBody.Should().Contain("rude").And.NotContain("g.page", "the owner ping never carries the review link");
        (await AnswerOfAsync(serve, bob))!.Bucket.Should().Be(Bucket.Unhappy);

        await serve.SendMailAsync(ServeProcess.Reply(bob, replyTo, "Actually it was wonderful, best haircut ever!"));
        await Task.Delay(1000);
        serve.OwnerPings().Should().HaveCount(1, "a second reply to the same ask sends nothing");
        serve.OutboxTo(bob).Should().HaveCount(1, "no nudge either: the first reply won");
        (await AnswerOfAsync(serve, bob))!.Bucket.Should().Be(Bucket.Unhappy, "the first reply wins");
        serve.ReplyCounts().GetProperty("already_answered").GetInt32().Should().Be(1);
    }

    internal static async Task<Feedback?> AnswerOfAsync(ServeProcess serve, string email)
    {
        var storage = await LocalStorage.OpenAsync(Path.Combine(serve.DataDir, "feedback.db"));
        var customer = AskId.ForCustomer(email, null);
        foreach (var ask in await storage.Asks.ListForCustomerAsync(customer))
        {
            if (await storage.Feedback.GetAsync(customer, ask.AskId) is { } answer) return answer;
        }
        return null;
    }

    internal static IReadOnlyList<string> StarLinks(MimeMessage mail) =>
        [.. StarLink().Matches(mail.TextBody ?? "").Select(m => m.Value).Distinct()];

    [GeneratedRegex(@"https?://[^\s""'<>]+/t/[A-Za-z0-9._-]+/[1-5]")]
    private static partial Regex StarLink();
}
