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

    [Fact]
    public async Task A_hard_bounce_that_comes_back_to_the_reply_address_suppresses_the_customer()
    {
        await using var serve = await ServeProcess.StartNewAsync();
        const string cara = "cara@customers.example";
        (await serve.PostWebhookAsync(ServeProcess.Visit("sale-3", "Cara", cara, ServeProcess.Start))).Dispose();
        await serve.AdvanceToAsync(ServeProcess.Start.AddHours(2));
        await serve.TickAsync();
        var replyTo = (await serve.WaitForMailAsync(cara, 1)).Single().ReplyTo.Mailboxes.Single().Address;

        var dsn = MimeMessage.Load(new MemoryStream(System.Text.Encoding.ASCII.GetBytes(
            $"From: MAILER-DAEMON@relay.example\r\nTo: {replyTo}\r\nSubject: Undelivered Mail Returned to Sender\r\nMIME-Version: 1.0\r\n"
            + "Content-Type: multipart/report; report-type=delivery-status; boundary=\"b\"\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\n"
            + "I'm sorry to have to inform you that your message could not be delivered.\r\n--b\r\nContent-Type: message/delivery-status\r\n\r\n"
            + $"Reporting-MTA: dns; relay.example\r\n\r\nFinal-Recipient: rfc822; {cara}\r\nAction: failed\r\nStatus: 5.1.1\r\n\r\n--b--\r\n")));
        await serve.SendMailAsync(dsn);

        var storage = await LocalStorage.OpenAsync(Path.Combine(serve.DataDir, "feedback.db"));
        for (var i = 0; i < 50 && !await storage.Suppression.IsSuppressedAsync(cara); i++) await Task.Delay(100);
        (await storage.Suppression.IsSuppressedAsync(cara)).Should().BeTrue();
        serve.ReplyCounts().GetProperty("bounces_suppressed").GetInt32().Should().Be(1);
        (await AnswerOfAsync(serve, cara)).Should().BeNull("a bounce is not the customer's answer");
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
