using System.Net;
using System.Text.RegularExpressions;
using FeedbackCollector.Core.Model;
using FeedbackCollector.Local.Sqlite;
using FeedbackCollector.Web.Sms;

namespace FeedbackCollector.EndToEnd;

/// <summary>Issue 13's SMS story against a running `serve` (SMS outbox, Twilio's inbound webhook), through its sockets only.</summary>
public sealed partial class SmsServeTests
{
    private const string TwilioToken = "e2e-twilio-auth-token";

    /// <summary>Friday 6 March 2026, 08:00 in Singapore: the first daily sweep 3 days after asks sent on the 2nd.</summary>
    private static readonly DateTimeOffset FollowUpSweep = new(2026, 3, 6, 0, 0, 0, TimeSpan.Zero);

    private static readonly Dictionary<string, string> SmsSettings = new()
    {
        ["FC_CHANNELS"] = "email,sms",
        ["FC_TWILIO_AUTH_TOKEN"] = TwilioToken,
    };

    [Fact]
    public async Task A_phone_only_visit_is_texted_at_the_planned_time_and_the_POST_of_its_one_link_gets_the_nudge_by_sms()
    {
        await using var serve = await ServeProcess.StartNewAsync(SmsSettings);
        const string phone = "+6591234567";
        using (var accepted = await serve.PostWebhookAsync(ServeProcess.PhoneVisit("sale-s1", "Sam", "+65 9123 4567", ServeProcess.Start)))
            accepted.StatusCode.Should().Be(HttpStatusCode.OK);

        var planned = ServeProcess.Start.AddHours(2);
        await serve.AdvanceToAsync(planned.AddMinutes(-1));
        await serve.TickAsync();
        await Task.Delay(300);
        serve.SmsTo(phone).Should().BeEmpty("the ask is not due yet");
        await serve.AdvanceToAsync(planned);
        await serve.TickAsync();
        var ask = (await serve.WaitForSmsAsync(phone, 1)).Should().ContainSingle("the ask goes by SMS: no email").Subject;
        ask.FileName.Should().StartWith(planned.ToString("yyyyMMdd-HHmm", System.Globalization.CultureInfo.InvariantCulture),
            "it is sent at the planned time on the server's clock");
        ask.Text.Should().Contain("E2E Salon").And.EndWith("Reply STOP to opt out");
        CustomerMail(serve).Should().BeEmpty("no email is written for a phone-only customer");

        var link = Links().Matches(ask.Text).Should().ContainSingle("one star-page link, not five").Subject.Value;
        using (var page = await serve.Http.GetAsync(new Uri(link)))
        {
            page.StatusCode.Should().Be(HttpStatusCode.OK);
            (await page.Content.ReadAsStringAsync()).Should().Contain("<form method=\"post\"");
        }
        (await AnswerOfAsync(serve, phone)).Should().BeNull("a GET (a link preview) never records a rating");
        serve.SmsTo(phone).Should().ContainSingle("nothing is sent on a GET");

        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["stars"] = "5" });
        using (var posted = await serve.Http.PostAsync(new Uri(link).AbsolutePath.TrimStart('/'), form))
            posted.StatusCode.Should().Be(HttpStatusCode.OK);

        var texts = await serve.WaitForSmsAsync(phone, 2);
        texts.Should().HaveCount(2);
        texts[1].Text.Should().MatchRegex(@"https?://\S+/r/\S+", "the happy nudge carries the counting review link")
            .And.EndWith("Reply STOP to opt out");
        var answer = await AnswerOfAsync(serve, phone);
        (answer!.Channel, answer.Bucket).Should().Be((Channel.Tap, Bucket.Happy));
        CustomerMail(serve).Should().BeEmpty("the nudge went by SMS too");
    }

    [Fact]
    public async Task A_signed_STOP_through_the_twilio_webhook_means_no_follow_up_is_ever_texted_while_a_silent_number_gets_one()
    {
        await using var serve = await ServeProcess.StartNewAsync(SmsSettings);
        const string stopper = "+6591110001";
        const string silent = "+6591110002";
        (await serve.PostWebhookAsync(ServeProcess.PhoneVisit("sale-s2", "Tia", stopper, ServeProcess.Start))).Dispose();
        (await serve.PostWebhookAsync(ServeProcess.PhoneVisit("sale-s3", "Uma", silent, ServeProcess.Start))).Dispose();
        await serve.AdvanceToAsync(ServeProcess.Start.AddHours(2));
        await serve.TickAsync();
        (await serve.WaitForSmsAsync(stopper, 1)).Should().ContainSingle();
        (await serve.WaitForSmsAsync(silent, 1)).Should().ContainSingle();

        using (var forged = await PostTwilioAsync(serve, stopper, "STOP", "SMforged", signature: "bm90LWEtc2lnbmF0dXJl"))
            forged.StatusCode.Should().Be(HttpStatusCode.Forbidden, "an unsigned STOP goes nowhere");
        using (var stop = await PostTwilioAsync(serve, stopper, "Stop", "SMstop1"))
        {
            stop.StatusCode.Should().Be(HttpStatusCode.OK);
            (await stop.Content.ReadAsStringAsync()).Should().Contain("<Response></Response>", "we never text back ourselves");
        }

        // The sweep 3 days on schedules the one follow-up; it is sent at 09:00, the end of the quiet hours.
        await serve.AdvanceToAsync(FollowUpSweep);
        await serve.TickAsync();
        await Task.Delay(500);
        await serve.AdvanceToAsync(FollowUpSweep.AddHours(2));
        await serve.TickAsync();
        (await serve.WaitForSmsAsync(silent, 2)).Should().HaveCount(2, "the silent number gets its one follow-up");
        await serve.AdvanceToAsync(FollowUpSweep.AddDays(4));
        await serve.TickAsync();
        await Task.Delay(1000);

        serve.SmsTo(stopper).Should().ContainSingle("after STOP nothing more is texted: only the ask went, before it");
        var storage = await LocalStorage.OpenAsync(Path.Combine(serve.DataDir, "feedback.db"));
        (await storage.Suppression.IsSuppressedAsync(stopper)).Should().BeTrue();
        (await AnswerOfAsync(serve, stopper)).Should().BeNull("a stop word is not an answer");
    }

    /// <summary>Outbox mail to anyone but the owner (the monthly summary goes to the owner).</summary>
    private static IReadOnlyList<string> CustomerMail(ServeProcess serve) =>
        [.. serve.OutboxFiles().Where(f => MimeKit.MimeMessage.Load(f).To.Mailboxes.Any(b => b.Address != ServeProcess.OwnerEmail))];

    private static async Task<HttpResponseMessage> PostTwilioAsync(ServeProcess serve, string from, string body, string messageSid,
        string? signature = null)
    {
        var form = new Dictionary<string, string>
        {
            ["MessageSid"] = messageSid, ["AccountSid"] = "ACe2e", ["From"] = from, ["To"] = "+6580001111", ["Body"] = body,
        };
        var url = new Uri(serve.BaseUrl, "sms/twilio");
        var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new FormUrlEncodedContent(form) };
        request.Headers.Add("X-Twilio-Signature", signature ?? TwilioSignature.Compute(TwilioToken, url.AbsoluteUri, form));
        return await serve.Http.SendAsync(request);
    }

    private static async Task<Feedback?> AnswerOfAsync(ServeProcess serve, string phone)
    {
        var storage = await LocalStorage.OpenAsync(Path.Combine(serve.DataDir, "feedback.db"));
        var ask = (await storage.Asks.ListForPhoneAsync(phone)).Should().ContainSingle().Subject;
        return await storage.Feedback.GetAsync(ask.CustomerId, ask.AskId);
    }

    [GeneratedRegex(@"https?://\S+/t/\S+")]
    private static partial Regex Links();
}
