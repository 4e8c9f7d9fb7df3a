using FeedbackCollector.Aws.Http;
using FeedbackCollector.Core.Ports;
using FeedbackCollector.Mail.Outbound;
using MimeKit;

namespace FeedbackCollector.Aws.Ses;

/// <summary>
/// SESv2 SendEmail with Content.Raw, so our own MIME (unsubscribe headers, Reply-To, Message-Id) reaches
/// the recipient unchanged. Never throws for a delivery failure: throttling and 5xx answers (after the
/// client's retries) are transient failures; a request whose answer was lost (a timeout, a dropped connection)
/// may have been sent, and SES cannot be asked, so it is reported sent-unconfirmed rather than sent twice; rejections, validation errors and an email that cannot be
/// built (bad address, a reserved header in Headers) are permanent. Bounces and complaints are forwarded to
/// the Reply-To address (see SesMailerOptions), where reply-handler reads them and suppresses the customer.
/// </summary>
public sealed class SesMailer(AwsServiceClient client, TimeProvider time, SesMailerOptions? options = null) : IMailer
{
    private readonly MimeBuilder _mime = new(time);
    private readonly SesMailerOptions _options = options ?? new SesMailerOptions();

    public async Task<SendResult> SendAsync(OutboundEmail email, CancellationToken ct = default)
    {
        byte[] mime;
        string from, to;
        string? feedback;
        try
        {
            var message = _mime.Build(email);
            mime = MimeBuilder.ToBytes(message);
            // The envelope takes bare addresses: SES refuses a raw (unencoded) non-ASCII display name there,
            // and the names already travel, encoded, in the MIME headers.
            (from, to) = (message.From.Mailboxes.Single().Address, message.To.Mailboxes.Single().Address);
            feedback = _options.FeedbackToReplyAddress ? message.ReplyTo.Mailboxes.FirstOrDefault()?.Address : null;
        }
        catch (ParseException e)
        {
            return SendResult.Failed("invalid address: " + e.Message, transient: false);
        }
        catch (ArgumentException e)
        {
            return SendResult.Failed("invalid email: " + e.Message, transient: false);
        }
        var request = new SendEmailRequest(from, new SesDestination([to]), new SesContent(new SesRawMessage(mime)),
            _options.ConfigurationSetName, feedback);
        var body = AwsJson.Serialize(request, SesJsonContext.Default.SendEmailRequest);
        try
        {
            var response = await client.SendAsync(new AwsCall(HttpMethod.Post, ["v2", "email", "outbound-emails"], body, "application/json",
                Idempotent: false), ct).ConfigureAwait(false);
            var parsed = AwsJson.TryDeserialize(response.Body, SesJsonContext.Default.SendEmailResponse);
            return SendResult.Ok(parsed?.MessageId);
        }
        catch (AwsServiceException e) when (e.MayHaveActed)
        {
            return SendResult.SentUnconfirmed($"SES may have sent it ({e.ErrorCode}: the answer was lost); not sent again", email.MessageId);
        }
        catch (AwsServiceException e)
        {
            return SendResult.Failed($"{e.ErrorCode}: {e.ServiceMessage}", e.Transient);
        }
    }
}
