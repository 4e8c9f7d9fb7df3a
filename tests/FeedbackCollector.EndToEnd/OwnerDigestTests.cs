using System.Net;
using FeedbackCollector.Core.Model;
using FeedbackCollector.Local.Sqlite;
using FeedbackCollector.Testing.Owner;
using MimeKit;

namespace FeedbackCollector.EndToEnd;

/// <summary>Issue 11 against a running `serve`: the daily digest reaches the outbox at the sweep's time, and its one-tap links work.</summary>
public sealed class OwnerDigestTests
{
    /// <summary>Tuesday 3 March 2026, 08:00 in Singapore: the first daily sweep after the visit.</summary>
    private static readonly DateTimeOffset SweepTime = new(2026, 3, 3, 0, 0, 0, TimeSpan.Zero);

    private static IReadOnlyList<MimeMessage> Digests(ServeProcess serve) =>
        [.. serve.OutboxTo(ServeProcess.OwnerEmail).Where(m => OwnerMailLinks.All(m.TextBody ?? "").Any(l => l.Label == OwnerMailLinks.Happy))];

    private static async Task<IReadOnlyList<AuditEntry>> MovesAsync(ServeProcess serve, string email)
    {
        var storage = await LocalStorage.OpenAsync(Path.Combine(serve.DataDir, "feedback.db"));
        var customer = AskId.ForCustomer(email, null);
        return await storage.Audit.ListForAskAsync(customer, AskId.ForVisit("till", "sale-d"));
    }

    private static async Task<(HttpStatusCode Status, string Body)> OpenAsync(ServeProcess serve, HttpMethod method, Uri link)
    {
        using var response = await serve.Http.SendAsync(new HttpRequestMessage(method, link));
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_digest_arrives_at_the_sweeps_time_and_its_links_record_only_on_POST_once_and_refuse_a_forgery()
    {
        await using var serve = await ServeProcess.StartNewAsync();
        const string gus = "gus@customers.example";
        (await serve.PostWebhookAsync(ServeProcess.Visit("sale-d", "Gus", gus, ServeProcess.Start))).Dispose();
        await serve.AdvanceToAsync(ServeProcess.Start.AddHours(2));
        await serve.TickAsync();
        var ask = (await serve.WaitForMailAsync(gus, 1)).Should().ContainSingle().Subject;
        await serve.SendMailAsync(ServeProcess.Reply(gus, ask.ReplyTo.Mailboxes.Single().Address, "It was ok I suppose."));
        (await ServeFlowTests.AnswerOfAsync(serve, gus))!.Bucket.Should().Be(Bucket.Unclear);

        await serve.AdvanceToAsync(SweepTime.AddMinutes(-1));
        await serve.TickAsync();
        await Task.Delay(500);
        Digests(serve).Should().BeEmpty("the sweep has not come yet");
        await serve.AdvanceToAsync(SweepTime);
        await serve.TickAsync();
        for (var i = 0; i < 100 && Digests(serve).Count == 0; i++) await Task.Delay(100);

        var digest = Digests(serve).Should().ContainSingle("the sweep's digest is in the outbox").Subject;
        digest.Date.Should().BeCloseTo(SweepTime, TimeSpan.FromMinutes(1), "it goes out at 08:00 in the business's timezone");
        digest.TextBody.Should().Contain("It was ok I suppose.").And.Contain("Gus");
        var happy = OwnerMailLinks.Link(digest.TextBody, OwnerMailLinks.Happy);
        happy.GetLeftPart(UriPartial.Authority).Should().Be(serve.BaseUrl.GetLeftPart(UriPartial.Authority));
        var before = (await MovesAsync(serve, gus)).Count;

        var shown = await OpenAsync(serve, HttpMethod.Get, happy);
        var afterGet = (await MovesAsync(serve, gus)).Count;
        var done = await OpenAsync(serve, HttpMethod.Post, happy);
        var again = await OpenAsync(serve, HttpMethod.Post, happy);
        var forged = await OpenAsync(serve, HttpMethod.Post, new Uri(OwnerMailLinks.Forge(happy.AbsoluteUri)));

        (shown.Status, done.Status, again.Status, forged.Status).Should().Be((HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.NotFound));
        shown.Body.Should().Contain("Mark as happy").And.Contain("<form method=\"post\"");
        afterGet.Should().Be(before, "a GET (a mail scanner, a preview) records nothing");
        done.Body.Should().Contain("Marked happy");
        again.Body.Should().Contain("already marked happy");
        forged.Body.Should().Contain("not valid");
        (await MovesAsync(serve, gus)).Should().ContainSingle(e => e.Move == Move.MarkedHappy).Which.ByUser.Should().Be("owner");
        (await serve.WaitForMailAsync(gus, 2)).Should().HaveCount(2, "marked happy sends the one review nudge");
    }
}
