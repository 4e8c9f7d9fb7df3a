using System.Text;
using FeedbackCollector.Testing.Fuzz;
using FeedbackCollector.Web.Sms;

namespace FeedbackCollector.Web.Tests.Fuzz.Regressions;

/// <summary>The Twilio form the fuzz suite found too slow, pinned as the bug it was.</summary>
public sealed class TwilioSmsFuzzRegressionTests
{
    private sealed class Inbox : ISmsInbox
    {
        public Task<string> AcceptAsync(InboundSmsMessage message, CancellationToken ct = default) => Task.FromResult("accepted");
    }

    private static readonly TwilioSmsEndpoint Endpoint = new("twilio-token", new Uri("https://fc.example/sms/twilio"), new Inbox());

    private static Http.WebRequest Post(string form) =>
        new("POST", "/sms/twilio", new Dictionary<string, string>(), new Dictionary<string, string> { ["X-Twilio-Signature"] = "x" }, Encoding.UTF8.GetBytes(form), "203.0.113.9");

    [Fact]
    public void A_230_KB_form_of_20000_fields_took_over_a_second_is_fixed_it_is_refused_as_too_large_at_once()
    {
        var form = HostileText.Repeat("From=%2B6591234567&Body=STOP&MessageSid", 230_043);

        FuzzRun.Timed(form, f => Endpoint.HandleAsync(Post(f), default).GetAwaiter().GetResult().Status.Should().Be(413));
    }

    [Fact]
    public async Task A_form_of_more_fields_than_Twilio_sends_is_refused_before_its_signature_is_computed()
    {
        var form = string.Join('&', Enumerable.Range(0, TwilioSmsEndpoint.MaxFields + 1).Select(i => $"f{i}=1"));

        var response = await Endpoint.HandleAsync(Post(form), default);

        response.Status.Should().Be(400);
        Encoding.UTF8.GetString(response.Body).Should().Contain("fields");
    }
}
