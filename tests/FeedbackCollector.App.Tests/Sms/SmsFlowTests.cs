using System.Text;
using System.Text.RegularExpressions;
using FeedbackCollector.Core.Flow;
using FeedbackCollector.Core.Model;
using FeedbackCollector.Core.Ports;
using FeedbackCollector.Core.Sms;
using FeedbackCollector.Web;
using FeedbackCollector.Web.Http;
using FeedbackCollector.Web.Sms;
using FeedbackCollector.Web.Webhooks;

namespace FeedbackCollector.App.Tests.Sms;

/// <summary>A phone-only customer through the one flow: SMS ask, tap, SMS nudge; STOP ends it.</summary>
public sealed partial class SmsFlowTests
{
    private const string TwilioToken = "twilio-auth-token";
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static AppWorld World() => new()
    {
        Settings = new CollectorSettings(new Uri("https://fb.example.com/"), "reply.example.com", "hello@kims.example", "")
        {
            Channels = [AskChannel.Email, AskChannel.Sms],
            PhoneRegion = "SG",
        },
    };

    private static Visit PhoneOnly(string phone = "9123 4567") =>
        new("pos", "sale-1", new Customer(AskId.ForCustomer(null, phone), "Ann", null, phone), "haircut", AppWorld.Start.AddHours(-3));

    private static async Task<IntakeResult> SentAsync(AppWorld world)
    {
        var planned = (await world.App.PlanAsync([PhoneOnly()], Ct)).Single();
        world.Clock.SetUtcNow(planned.Job!.DueAt);
        (await world.App.SendAsync(planned.Job, Ct)).Status.Should().Be(SendStatus.Sent);
        return planned;
    }

    [Fact]
    public async Task A_phone_only_visit_is_asked_by_one_sms_with_the_business_one_star_page_link_and_the_stop_line()
    {
        using var world = World();

        var planned = await SentAsync(world);

        planned.Ask.Customer.Phone.Should().Be("+6591234567");
        var sms = world.FakeSms.Sent.Should().ContainSingle().Subject;
        sms.Phone.Should().Be("+6591234567");
        sms.Text.Should().Contain("Kim's Salon").And.EndWith("\nReply STOP to opt out");
        Links().Matches(sms.Text).Should().ContainSingle().Which.Value.Should().StartWith("https://fb.example.com/t/");
        SmsSegments.Count(sms.Text).Segments.Should().BeLessThanOrEqualTo(2);
        world.FakeMailer.Sent.Should().BeEmpty();
    }

    [Fact]
    public async Task A_five_star_tap_from_the_sms_link_gets_the_review_nudge_by_sms()
    {
        using var world = World();
        await SentAsync(world);
        var token = Links().Match(world.FakeSms.Sent[0].Text).Value.Split('/').Last();

        (await world.PostTapAsync(token, 5)).Status.Should().Be(200);

        var nudge = world.FakeSms.Sent.Should().HaveCount(2).And.Subject.Last();
        nudge.Phone.Should().Be("+6591234567");
        nudge.Text.Should().Contain("https://fb.example.com/r/").And.EndWith("Reply STOP to opt out");
    }

    [Theory]
    [InlineData("STOP")]
    [InlineData("stop")]
    [InlineData(" Unsubscribe ")]
    [InlineData("cancel")]
    [InlineData("End")]
    [InlineData("QUIT.")]
    public async Task A_stop_word_by_the_twilio_webhook_suppresses_the_number_and_no_follow_up_is_texted(string word)
    {
        using var world = World();
        var planned = await SentAsync(world);

        var response = await TwilioPostAsync(world, "+6591234567", word, sign: true);

        response.Outcome.Should().Be("sms-suppressed-stop");
        (await world.Suppression.IsSuppressedAsync("+6591234567", Ct)).Should().BeTrue();
        var followUp = new ScheduledJob(JobNames.FollowUp(planned.Ask.AskId), JobKind.FollowUp, planned.Ask.CustomerId, planned.Ask.AskId,
            world.Clock.GetUtcNow().AddDays(3));
        world.Clock.Advance(TimeSpan.FromDays(3));
        (await world.App.SendAsync(followUp, Ct)).Status.Should().Be(SendStatus.Suppressed);
        world.FakeSms.Sent.Should().ContainSingle("only the ask went, before the STOP");
    }

    [Fact]
    public async Task A_webhook_without_a_valid_twilio_signature_is_refused_and_suppresses_nothing()
    {
        using var world = World();
        await SentAsync(world);

        var response = await TwilioPostAsync(world, "+6591234567", "STOP", sign: false);

        response.Status.Should().Be(403);
        (await world.Suppression.IsSuppressedAsync("+6591234567", Ct)).Should().BeFalse();
    }

    [Fact]
    public async Task A_written_sms_reply_is_routed_like_an_email_reply()
    {
        using var world = World();
        await SentAsync(world);
        world.FakeClassifier.Default = new MoodReading(Mood.Unhappy, 0.95);

        var response = await TwilioPostAsync(world, "+6591234567", "The cut was uneven, not happy", sign: true);

        response.Outcome.Should().Be("sms-accepted");
        world.FakeFeedback.All.Should().ContainSingle().Which.Raw.Should().Be("The cut was uneven, not happy");
    }

    [Fact]
    public async Task Regression_a_written_sms_reply_is_stored_with_the_sms_channel_not_the_email_one()
    {
        using var world = World();
        await SentAsync(world);
        world.FakeClassifier.Default = new MoodReading(Mood.Happy, 0.95);

        await TwilioPostAsync(world, "+6591234567", "Lovely cut, thank you", sign: true);

        world.FakeFeedback.All.Should().ContainSingle().Which.Channel.Should().Be(Channel.Sms);
    }

    [Fact]
    public async Task A_text_from_a_customer_who_also_has_an_email_answers_their_latest_sent_ask_found_by_their_number()
    {
        using var world = World();
        var (older, latest) = await TwoSentAsksOfBoAsync(world);
        world.FakeClassifier.Default = new MoodReading(Mood.Unhappy, 0.95);

        var response = await TwilioPostAsync(world, "+6591234567", "The colour was wrong", sign: true);

        response.Outcome.Should().Be("sms-accepted");
        var answer = world.FakeFeedback.All.Should().ContainSingle().Subject;
        (answer.CustomerId, answer.AskId, answer.Channel, answer.Bucket).Should().Be((latest.CustomerId, latest.AskId, Channel.Sms, Bucket.Unhappy));
        latest.CustomerId.Should().Be(AskId.ForCustomer("bo@example.com", null), "this ask is keyed by the email, not the number");
        (await world.Asks.GetAsync(older.CustomerId, older.AskId, Ct))!.Status.Should().Be(AskStatus.Sent);
        world.FakeAudit.All.Should().Contain(e => e.AskId == latest.AskId && e.Move == Move.OwnerPing, "an unhappy text is dispatched to the owner");
    }

    [Fact]
    public async Task A_second_text_does_not_replace_the_first_reply_and_does_not_fall_to_an_older_open_ask()
    {
        using var world = World();
        var (older, latest) = await TwoSentAsksOfBoAsync(world);
        world.FakeClassifier.Default = new MoodReading(Mood.Happy, 0.95);
        await TwilioPostAsync(world, "+6591234567", "Great, thanks", sign: true);

        world.FakeClassifier.Default = new MoodReading(Mood.Unhappy, 0.95);
        await TwilioPostAsync(world, "+6591234567", "Actually the fringe is crooked", sign: true, messageSid: "SM2");

        var answer = world.FakeFeedback.All.Should().ContainSingle("first reply wins").Subject;
        (answer.AskId, answer.Raw, answer.Bucket).Should().Be((latest.AskId, "Great, thanks", Bucket.Happy));
        (await world.Asks.GetAsync(older.CustomerId, older.AskId, Ct))!.Status.Should().Be(AskStatus.Sent);
    }

    [Fact]
    public async Task A_phone_only_visit_with_an_invalid_number_is_not_planned_and_says_why()
    {
        using var world = World();

        var result = (await world.App.PlanAsync([PhoneOnly("12345")], Ct)).Single();

        result.Status.Should().Be(IntakeStatus.NotPlanned);
        result.Reason.Should().StartWith("phone number: ").And.Contain("12345");
        world.FakeSms.Sent.Should().BeEmpty();
    }

    /// <summary>Bo's two visits, both asked: first known by phone only (texted), two days later with an email too (mailed).</summary>
    private static async Task<(Ask Older, Ask Latest)> TwoSentAsksOfBoAsync(AppWorld world)
    {
        var older = await SentAsync(world, new Customer(AskId.ForCustomer(null, "9123 4567"), "Bo", null, "9123 4567"), "sale-1");
        world.Clock.Advance(TimeSpan.FromDays(2));
        return (older, await SentAsync(world, new Customer(AskId.ForCustomer("bo@example.com", null), "Bo", "bo@example.com", "9123 4567"), "sale-2"));
    }

    /// <summary>The visit's ask planned and sent now (by email when the customer has one: channels email,sms).</summary>
    private static async Task<Ask> SentAsync(AppWorld world, Customer customer, string sourceId)
    {
        var planned = (await world.App.PlanAsync([new Visit("pos", sourceId, customer, "haircut", world.Clock.GetUtcNow().AddHours(-3))], Ct)).Single();
        world.Clock.SetUtcNow(planned.Job!.DueAt);
        (await world.App.SendAsync(planned.Job, Ct)).Via.Should().Be(customer.Email is null ? "sms" : "email");
        return (await world.Asks.GetAsync(planned.Ask.CustomerId, planned.Ask.AskId, Ct))!;
    }

    private static Task<WebResponse> TwilioPostAsync(AppWorld world, string from, string body, bool sign, string messageSid = "SM1")
    {
        var url = new Uri("https://fb.example.com/sms/twilio");
        var form = new Dictionary<string, string> { ["MessageSid"] = messageSid, ["From"] = from, ["To"] = "+6580001111", ["Body"] = body };
        var headers = new Dictionary<string, string> { ["Content-Type"] = "application/x-www-form-urlencoded" };
        if (sign) headers["X-Twilio-Signature"] = TwilioSignature.Compute(TwilioToken, url.AbsoluteUri, form);
        var encoded = string.Join('&', form.Select(p => Uri.EscapeDataString(p.Key) + "=" + Uri.EscapeDataString(p.Value)));
        var web = world.App.Web(new WebAppOptions(null, new Dictionary<string, WebhookSchemeOptions>()) { TwilioInbound = (TwilioToken, url) });
        return web.Handle(new WebRequest("POST", "/sms/twilio", new Dictionary<string, string>(), headers, Encoding.UTF8.GetBytes(encoded), "203.0.113.9"), Ct);
    }

    [GeneratedRegex(@"https://\S+")]
    private static partial Regex Links();
}
