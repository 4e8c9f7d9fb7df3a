using System.Text.RegularExpressions;
using FeedbackCollector.App.Settings;
using FeedbackCollector.Core.Model;
using FeedbackCollector.Lambda.Roles;
using FeedbackCollector.Parity.Tests.Drivers;
using FeedbackCollector.Testing.Moto;
using FeedbackCollector.Testing.Sms;
using FeedbackCollector.Web.Sms;

namespace FeedbackCollector.Parity.Tests.OnLambda;

/// <summary>
/// Issue 13 on AWS with sms_provider = twilio: request-builder and dispatch send through Twilio's Messages API (a fake
/// Twilio at FC_TWILIO_ENDPOINT_URL) with the SID and token from Secrets Manager in moto, and Twilio's inbound webhook is
/// reply-handler's POST /sms/twilio, into the same SmsReplies use case as `serve` (the local twin: App.Tests' SmsFlowTests
/// and EndToEnd's SmsServeTests).
/// </summary>
public sealed partial class SmsOnLambdaTests
{
    private const string Phone = "+6591234567";

    private sealed record World(LambdaDriver Lambda, FakeTwilio Twilio, string Token) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await Lambda.DisposeAsync();
            await Twilio.DisposeAsync();
        }
    }

    private static async Task<World> StartAsync()
    {
        var moto = await MotoSlice.CreateAsync();
        var sid = await moto.EnsureSecretAsync("fc/twilio/account-sid", FakeTwilio.Sid);
        var token = await moto.EnsureSecretAsync("fc/twilio/auth-token", FakeTwilio.Token);
        (sid, token).Should().Be((FakeTwilio.Sid, FakeTwilio.Token), "the fake Twilio accepts only these");
        var twilio = new FakeTwilio();
        var lambda = await LambdaDriver.StartAsync(moto, twilio: twilio.BaseUri);
        await lambda.ConfigureAsync(SettingNames.Channels, "email,sms");
        await lambda.ConfigureAsync(SettingNames.SmsProvider, "twilio");
        await lambda.ConfigureAsync(SettingNames.SmsOriginationNumber, "+6580001111");
        await lambda.SeedAsync(ParityWorld.Rules(everyone: false), ParityWorld.Voice);
        return new World(lambda, twilio, token);
    }

    private static async Task<Ask> AskSentAsync(World w, Customer customer, string sourceId)
    {
        await w.Lambda.PlanAsync(new Visit("square", sourceId, customer, "haircut", w.Lambda.Now.AddHours(-1)));
        w.Lambda.Advance(TimeSpan.FromHours(2));
        await w.Lambda.FireDueJobsAsync();
        var asks = await (await w.Lambda.AdaptersAsync(Role.RequestBuilder)).Asks.ListForPhoneAsync(Phone);
        return asks.Should().Contain(a => a.AskId == AskId.ForVisit("square", sourceId)).Which;
    }

    private static async Task<(int Status, string Outcome)> TextAsync(World w, string body, string messageSid, bool sign = true)
    {
        var form = new Dictionary<string, string> { ["MessageSid"] = messageSid, ["From"] = Phone, ["To"] = "+6580001111", ["Body"] = body };
        var url = (await w.Lambda.AdaptersAsync(Role.ReplyHandler)).Settings.PublicBaseUrl.AbsoluteUri.TrimEnd('/') + "/sms/twilio";
        var headers = new Dictionary<string, string>
        {
            ["content-type"] = "application/x-www-form-urlencoded",
            ["x-twilio-signature"] = sign ? TwilioSignature.Compute(w.Token, url, form) : "bm90LWEtc2lnbmF0dXJl",
        };
        var encoded = string.Join('&', form.Select(p => Uri.EscapeDataString(p.Key) + "=" + Uri.EscapeDataString(p.Value)));
        var (response, _, outcome) = await w.Lambda.FunctionUrlAsync(Role.ReplyHandler, "POST", "/sms/twilio", headers, encoded);
        return (response.StatusCode, outcome);
    }

    [Fact]
    public async Task Request_builder_texts_a_phone_only_customer_through_twilio_and_dispatch_texts_the_nudge_after_a_five_star_tap()
    {
        await using var w = await StartAsync();
        var customer = new Customer(AskId.ForCustomer(null, Phone), "Sam", null, Phone);

        await AskSentAsync(w, customer, "sms-1");

        var ask = w.Twilio.Delivered.Should().ContainSingle("the ask went through Twilio, not SNS").Subject;
        ask.To.Should().Be(Phone);
        ask.Text.Should().Contain(ParityWorld.BusinessName).And.EndWith("Reply STOP to opt out");
        w.Twilio.FromValues.Should().Equal("+6580001111");
        var link = new Uri(Links().Matches(ask.Text).Should().ContainSingle().Subject.Value);

        (await w.Lambda.PostAsync(link.AbsolutePath, "stars=5")).Status.Should().Be(200);

        var nudge = w.Twilio.Delivered.Should().HaveCount(2).And.Subject.Last();
        nudge.To.Should().Be(Phone);
        nudge.Text.Should().Contain("/r/", "dispatch texts the review nudge through Twilio");
        (await w.Lambda.SentMailAsync()).Should().NotContain(m => m.Contains(Phone, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_signed_text_to_reply_handler_from_a_customer_with_an_email_is_routed_to_their_ask_and_stored_as_sms()
    {
        await using var w = await StartAsync();
        var email = "bo-" + Guid.NewGuid().ToString("N")[..8] + "@example.org";
        var sent = await AskSentAsync(w, new Customer(AskId.ForCustomer(email, null), "Bo", email, Phone), "sms-2");
        w.Twilio.Delivered.Should().BeEmpty("a customer with an email is asked by email");

        (await TextAsync(w, ParityWorld.UnhappyWords, "SMforged", sign: false)).Status.Should().Be(403);
        var (status, outcome) = await TextAsync(w, ParityWorld.UnhappyWords, "SMreply1");

        (status, outcome).Should().Be((200, "sms-accepted"));
        var adapters = await w.Lambda.AdaptersAsync(Role.Router);
        var answer = await adapters.Feedback.GetAsync(sent.CustomerId, sent.AskId);
        (answer!.Channel, answer.Bucket, answer.Raw).Should().Be((Channel.Sms, Bucket.Unhappy, ParityWorld.UnhappyWords));
        (await adapters.Audit.ListForAskAsync(sent.CustomerId, sent.AskId)).Should().Contain(e => e.Move == Move.OwnerPing,
            "the router handed the answer to dispatch, which pinged the owner");
    }

    [Fact]
    public async Task A_signed_stop_to_reply_handler_suppresses_the_number_so_the_follow_up_is_never_texted()
    {
        await using var w = await StartAsync();
        var sent = await AskSentAsync(w, new Customer(AskId.ForCustomer(null, Phone), "Sam", null, Phone), "sms-3");

        (await TextAsync(w, "STOP", "SMstop1")).Should().Be((200, "sms-suppressed-stop"));
        w.Lambda.Advance(TimeSpan.FromDays(4));
        await w.Lambda.SweepAsync();
        w.Lambda.Advance(TimeSpan.FromDays(1));
        await w.Lambda.FireDueJobsAsync();

        (await (await w.Lambda.AdaptersAsync(Role.ReplyHandler)).Suppression.IsSuppressedAsync(Phone)).Should().BeTrue();
        w.Twilio.Delivered.Should().ContainSingle("only the ask, before the STOP").Which.To.Should().Be(Phone);
        (await (await w.Lambda.AdaptersAsync(Role.Router)).Feedback.GetAsync(sent.CustomerId, sent.AskId)).Should().BeNull();
    }

    [GeneratedRegex(@"https://\S+/t/\S+")]
    private static partial Regex Links();
}
