using System.Text;
using FeedbackCollector.Testing.Fuzz;
using FeedbackCollector.Web.Sms;
using FsCheck.Fluent;

namespace FeedbackCollector.Web.Tests.Fuzz;

/// <summary>
/// Issue 15, fuzzing: the Twilio inbound form (POST /sms/twilio) in any shape, signed or not, never throws, answers
/// within a second, and is either refused with a reason (403 signature, 400 no From) or handed on with a sender.
/// </summary>
public sealed class TwilioSmsFuzzTests
{
    private const string Token = "twilio-token";
    private static readonly Uri Url = new("https://fc.example/sms/twilio");

    private static readonly string[] Seeds =
    [
        "ToCountry=SG&ToState=&SmsMessageSid=SM1&NumMedia=0&From=%2B6591234567&To=%2B6580000000&Body=5+stars%2C+lovely&MessageSid=SM1&AccountSid=AC1&ApiVersion=2010-04-01",
        "From=%2B6591234567&Body=STOP&MessageSid=SM2",
        "Body=Great%0D%0Athanks&From=whatsapp%3A%2B6591234567&MessageSid=SM3&MediaUrl0=https%3A%2F%2Fapi.twilio.com%2Fx",
    ];

    private static readonly string[] Words = ["&", "=", "%", "%2", "%zz", "%00", "%0D%0A", "%F0%9F%98%80", "%ED%A0%80", "+", "From=", "Body=", "MessageSid=", "&&", "=="];

    private sealed class Inbox : ISmsInbox
    {
        public List<InboundSmsMessage> Messages { get; } = [];

        public Task<string> AcceptAsync(InboundSmsMessage message, CancellationToken ct = default)
        {
            Messages.Add(message);
            return Task.FromResult("accepted");
        }
    }

    [Fact]
    public void Any_inbound_form_signed_or_not_is_refused_with_a_reason_or_handed_on_with_its_sender()
    {
        var inbox = new Inbox();
        var endpoint = new TwilioSmsEndpoint(Token, Url, inbox);
        // One way of signing per input, so the second each input is allowed measures one request.
        var inputs = Arb.From(
            from body in Mutations.BytesLike(Seeds, Words)
            from signing in Gen.Elements("signed", "forged", "none")
            select (body, signing),
            input => Mutations.ShrinkBytes(input.body).Select(b => (b, input.signing)));
        FuzzRun.ForAll(inputs, input =>
        {
            var body = input.body;
            var form = TwilioSmsEndpoint.Form(body);
            var signature = input.signing switch { "signed" => TwilioSignature.Compute(Token, Url.AbsoluteUri, form), "forged" => "forged", _ => null };
            {
                var headers = signature is null ? new Dictionary<string, string>() : new Dictionary<string, string> { ["X-Twilio-Signature"] = signature };
                var before = inbox.Messages.Count;
                var response = endpoint.HandleAsync(new Http.WebRequest("POST", "/sms/twilio", new Dictionary<string, string>(), headers, body, "203.0.113.9"), default)
                    .GetAwaiter().GetResult();
                var reason = Encoding.UTF8.GetString(response.Body);
                if (response.Status is 400 or 403 or 413 && reason.Trim().Length == 0) Fail(body, $"{response.Status} without a reason");
                if (response.Status is not (200 or 400 or 403 or 413)) Fail(body, $"answered {response.Status}");
                if (response.Status == 200 && inbox.Messages.Count != before + 1) Fail(body, "200 but nothing handed on");
                if (response.Status == 200 && string.IsNullOrEmpty(inbox.Messages[^1].From)) Fail(body, "handed on without a sender");
                if (signature is "forged" or null && response.Status is 200) Fail(body, "an unsigned form was handed on");
            }
        });
    }

    private static void Fail(byte[] input, string what) => throw new FuzzFailureException($"{what}; input {FuzzRun.Describe(input)}");
}
