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
/// A relay, unlike the outbox, cannot be asked whether it already has a Message-ID, so the journal records
/// "handed" before the message goes and "accepted" after the relay's 250. A send whose id the journal knows is
/// never handed over again: accepted is answered as sent; handed without an answer (a crash, or the connection
/// lost mid-transfer) is answered sent-unconfirmed (hole 7: a crash between the 250 and our record used to
/// resend the ask). Only a relay's explicit refusal clears the entry, so that a retry sends it.
/// </summary>
public sealed class SmtpRelayMailer(SmtpRelayOptions options, TimeProvider time, RelaySendJournal? journal = null) : IMailer
{
    private const string NotResent = "the relay was handed this message and its answer was never recorded (a crash or a lost connection); not sent again";
    private readonly SmtpRelayOptions _options = options ?? throw new ArgumentNullException(nameof(options));
    private readonly TimeProvider _time = time ?? throw new ArgumentNullException(nameof(time));
    private readonly MimeBuilder _mime = new(time);

    public async Task<SendResult> SendAsync(OutboundEmail email, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(email);
        var earlier = journal?.Read(email.MessageId) ?? new RelaySend(RelaySendState.None);
        if (earlier.State == RelaySendState.Accepted) return SendResult.Ok(earlier.Detail ?? email.MessageId);
        if (earlier.State == RelaySendState.Handed) return SendResult.SentUnconfirmed(NotResent, email.MessageId);
        var handed = false;
        try
        {
            var message = _mime.Build(email);
            using var client = new SmtpClient { Timeout = (int)_options.Timeout.TotalMilliseconds };
            await client.ConnectAsync(_options.Host, _options.Port, SocketOptions(_options.Security), ct);
            if (_options.UserName is { } user) await client.AuthenticateAsync(user, _options.Password ?? "", ct);
            journal?.MarkHanded(email.MessageId, _time.GetUtcNow());
            handed = true;
            var response = _options.BouncesToReplyAddress && message.ReplyTo.Mailboxes.FirstOrDefault() is { } bounceTo
                ? await client.SendAsync(message, bounceTo, message.To.Mailboxes, ct)
                : await client.SendAsync(message, ct);
            var providerId = string.IsNullOrEmpty(response) ? email.MessageId : response;
            journal?.MarkAccepted(email.MessageId, _time.GetUtcNow(), providerId);
            await QuitAsync(client);
            return SendResult.Ok(providerId);
        }
        catch (SmtpCommandException ex)
        {
            if (handed) journal?.Forget(email.MessageId);
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
        catch (Exception ex) when (IsNetworkTrouble(ex, ct))
        {
            return handed
                ? SendResult.SentUnconfirmed($"the relay connection failed after the message was handed over ({ex.Message}); not sent again", email.MessageId)
                : SendResult.Failed($"smtp relay unreachable: {ex.Message}", transient: true);
        }
    }

    // The relay has the message once it answered 250: a failed goodbye must not turn that into a failure.
    private static async Task QuitAsync(SmtpClient client)
    {
        try
        {
            await client.DisconnectAsync(quit: true, CancellationToken.None);
        }
        catch (Exception ex) when (IsNetworkTrouble(ex, CancellationToken.None) || ex is SmtpCommandException)
        {
            // nothing to undo
        }
    }

    private static bool IsNetworkTrouble(Exception ex, CancellationToken ct) =>
        ex is SmtpProtocolException or IOException or SocketException or TimeoutException or ServiceNotConnectedException
            or SslHandshakeException
        || (ex is OperationCanceledException && !ct.IsCancellationRequested);

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
