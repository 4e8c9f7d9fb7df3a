using System.Text.Json.Nodes;
using FeedbackCollector.Aws.Http;
using FeedbackCollector.Aws.Ses;
using FeedbackCollector.Aws.Sns;
using FeedbackCollector.Aws.Tests.Ses;
using FeedbackCollector.Core.Ports;
using FeedbackCollector.Testing.Faults;

namespace FeedbackCollector.Aws.Tests.Faults;

/// <summary>
/// SES SendEmail and SNS Publish are not idempotent: an error answer (throttling, 500, 503) means the service did
/// not act, so the client retries and the message goes once; a request whose answer was lost (a timeout, a dropped
/// connection) may have been acted on, and neither service can be asked, so it is reported sent-unconfirmed and
/// never sent again (at most once). The count is read from moto's own record of what it sent.
/// </summary>
public sealed class SendFaultTests
{
    [Theory]
    [MemberData(nameof(FaultyAws.Faults), MemberType = typeof(FaultyAws))]
    public async Task An_email_through_ses_is_sent_at_most_once_and_every_answered_fault_is_retried(string fault)
    {
        using var aws = FaultyAws.BeforeMoto();
        var to = $"ann-{Guid.NewGuid():N}@example.com";
        var email = Email(await MotoSes.VerifiedSenderAsync(), to);
        aws.Proxy.Inject(IsSendEmail, FaultyAws.Named(fault));

        var result = await new SesMailer(aws.Client(AwsService.SesV2), TimeProvider.System).SendAsync(email, Ct);

        result.Sent.Should().BeTrue(result.Error);
        result.Unconfirmed.Should().Be(FaultyAws.Unanswered(fault));
        (await MailsToAsync(to)).Should().Be(FaultyAws.Unanswered(fault) && !FaultyAws.ActedUnheard(fault) ? 0 : 1,
            "sent once when SES acted, never twice");
        aws.Proxy.Seen.Count(s => IsSendEmail(s.Request)).Should().Be(FaultyAws.Unanswered(fault) ? 1 : 2);
    }

    [Fact]
    public async Task Ses_throttling_that_outlasts_the_retries_is_a_transient_failure_and_nothing_is_sent()
    {
        using var aws = FaultyAws.BeforeMoto();
        var to = $"bob-{Guid.NewGuid():N}@example.com";
        var email = Email(await MotoSes.VerifiedSenderAsync(), to);
        aws.Proxy.Inject(IsSendEmail, Enumerable.Repeat(Fault.Throttle, FaultyAws.Retry.MaxAttempts).ToArray());

        var result = await new SesMailer(aws.Client(AwsService.SesV2), TimeProvider.System).SendAsync(email, Ct);

        result.Sent.Should().BeFalse();
        result.Transient.Should().BeTrue("the scheduler retries it later (AskSender puts the ask back to pending)");
        result.Error.Should().StartWith("TooManyRequestsException");
        (await MailsToAsync(to)).Should().Be(0);
    }

    [Theory]
    [MemberData(nameof(FaultyAws.Faults), MemberType = typeof(FaultyAws))]
    public async Task A_text_through_sns_is_sent_at_most_once_and_every_answered_fault_is_retried(string fault)
    {
        using var aws = FaultyAws.BeforeMoto();
        var marker = Guid.NewGuid().ToString("N");
        aws.Proxy.Inject(r => r.Operation == "CheckIfPhoneNumberIsOptedOut", FaultyAws.Named(fault));
        aws.Proxy.Inject(r => r.Operation == "Publish", FaultyAws.Named(fault));

        var result = await new SnsSmsSender(aws.Client(AwsService.Sns)).SendAsync("+6591234567", "How was your visit? " + marker, Ct);

        result.Sent.Should().BeTrue(result.Error);
        result.Unconfirmed.Should().Be(FaultyAws.Unanswered(fault));
        (await TextsWithAsync(marker)).Should().Be(FaultyAws.Unanswered(fault) && !FaultyAws.ActedUnheard(fault) ? 0 : 1);
        aws.Proxy.Attempts("CheckIfPhoneNumberIsOptedOut").Should().Be(2, "the opt-out check is a read and is retried");
    }

    private static bool IsSendEmail(ProxiedRequest request) => request.PathAndQuery.StartsWith("/v2/email/outbound-emails", StringComparison.Ordinal);

    private static OutboundEmail Email(string from, string to) => new(to, from, null, "How was your visit?", "Tap a star", null,
        new Dictionary<string, string>(), $"ask.{Guid.NewGuid():N}@example.com");

    private static async Task<int> MailsToAsync(string to)
    {
        var state = await FaultyAws.MotoStateAsync();
        return state["ses"]?["RawMessage"]?.AsArray().Count(m => m!["raw_data"]!.GetValue<string>().Contains(to, StringComparison.Ordinal)) ?? 0;
    }

    private static async Task<int> TextsWithAsync(string marker)
    {
        var state = await FaultyAws.MotoStateAsync();
        return (state["sns"]?["SMS"]?.AsArray() ?? new JsonArray()).Count(m => m!["message"]!.GetValue<string>().Contains(marker, StringComparison.Ordinal));
    }
}
