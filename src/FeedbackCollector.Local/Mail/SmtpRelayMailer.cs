using System.Net.Sockets;
using FeedbackCollector.Core.Ports;
using FeedbackCollector.Mail.Outbound;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;

namespace FeedbackCollector.Local.Mail;

/// <summary>
/// Sends through a configured SMTP relay with MailKit, one connection per message (a small business
/// sends a few dozen a day; a fresh connection never trips over a relay's idle timeout). The reply
/// code decides retry: 4xx is transient, 5xx permanent; network trouble is transient, a refused
/// login or a bad address is permanent.
/// </summary>
public sealed class SmtpRelayMailer(SmtpRelayOptions options, TimeProvider time) : IMailer
{
    private readonly SmtpRelayOptions _options = options ?? throw new ArgumentNullException(nameof(options));
    private readonly MimeBuilder _mime = new(time ?? throw new ArgumentNullException(nameof(time)));

    public async Task<SendResult> SendAsync(OutboundEmail email, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(email);
        try
        {
            var message = _mime.Build(email);
            using var client = new SmtpClient { Timeout = (int)_options.Timeout.TotalMilliseconds };
            await client.ConnectAsync(_options.Host, _options.Port, SocketOptions(_options.Security), ct);
            if (_options.UserName is { } user) await client.AuthenticateAsync(user, _options.Password ?? "", ct);
            var response = _options.BouncesToReplyAddress && message.ReplyTo.Mailboxes.FirstOrDefault() is { } bounceTo
                ? await client.SendAsync(message, bounceTo, message.To.Mailboxes, ct)
                : await client.SendAsync(message, ct);
            await client.DisconnectAsync(quit: true, ct);
            return SendResult.Ok(string.IsNullOrEmpty(response) ? email.MessageId : response);
        }
        catch (SmtpCommandException ex)
        {
            return SendResult.Failed($"smtp {(int)ex.StatusCode}: {ex.Message}", IsTransient((int)ex.StatusCode));
        }
        catch (AuthenticationException ex)
        {
            return SendResult.Failed($"smtp login refused: {ex.Message}", transient: false);
        }
        catch (Exception ex) when (ex is FormatException or ArgumentException)
        {
            return SendResult.Failed($"invalid message: {ex.Message}", transient: false);
        }
        catch (Exception ex) when (ex is SmtpProtocolException or IOException or SocketException or TimeoutException
            or ServiceNotConnectedException or SslHandshakeException
            || (ex is OperationCanceledException && !ct.IsCancellationRequested))
        {
            return SendResult.Failed($"smtp relay unreachable: {ex.Message}", transient: true);
        }
    }

    /// <summary>RFC 5321: 4yz is a transient negative completion, 5yz a permanent one.</summary>
    internal static bool IsTransient(int statusCode) => statusCode is >= 400 and < 500;

    private static SecureSocketOptions SocketOptions(SmtpSecurity security) => security switch
    {
        SmtpSecurity.None => SecureSocketOptions.None,
        SmtpSecurity.StartTls => SecureSocketOptions.StartTls,
        SmtpSecurity.SslOnConnect => SecureSocketOptions.SslOnConnect,
        _ => throw new ArgumentOutOfRangeException(nameof(security), security, null),
    };
}
