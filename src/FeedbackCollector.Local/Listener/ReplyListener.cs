using System.Buffers;
using FeedbackCollector.Core.Ports;
using SmtpServer;
using SmtpServer.ComponentModel;
using SmtpServer.Mail;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace FeedbackCollector.Local.Listener;

/// <summary>
/// The SMTP listener for written replies. Recipients outside the reply domain get 550 at RCPT, before
/// any DATA; SIZE is announced and an oversize message is refused. An accepted message is stored raw
/// first (BlobArea.RawMime) and only then handed, by its blob key and recipient, to the reply pipeline
/// the CLI composes; if that pipeline fails the sender gets 451 and retries (storage is idempotent by
/// content hash). The protocol classes below only translate; decisions live in ReplyAcceptance.
/// </summary>
public sealed class ReplyListener
{
    private readonly ReplyListenerOptions _options;
    private readonly IBlobStore _blobs;
    private readonly Func<string, string, CancellationToken, Task> _onReply;
    private readonly TimeProvider _time;

    /// <param name="onReply">Receives (blobKey, recipient address) once per accepted recipient.</param>
    public ReplyListener(ReplyListenerOptions options, IBlobStore blobs, Func<string, string, CancellationToken, Task> onReply,
        TimeProvider time)
    {
        _options = options ?? throw new ArgumentNullException(nameof(options));
        _blobs = blobs ?? throw new ArgumentNullException(nameof(blobs));
        _onReply = onReply ?? throw new ArgumentNullException(nameof(onReply));
        _time = time ?? throw new ArgumentNullException(nameof(time));
    }

    /// <summary>Listens until <paramref name="ct"/> is cancelled; the returned task ends when the server has stopped.</summary>
    public Task RunAsync(CancellationToken ct)
    {
        var serverOptions = new SmtpServerOptionsBuilder()
            .ServerName(_options.ServerName)
            .MaxMessageSize(_options.MaxMessageBytes, MaxMessageSizeHandling.Strict)
            .Endpoint(b => b.Endpoint(new System.Net.IPEndPoint(System.Net.IPAddress.Parse(_options.Host), _options.Port)))
            .Build();
        var services = new ServiceProvider();
        services.Add(new DomainFilter(_options));
        services.Add(new RawStore(this));
        var server = new SmtpServer.SmtpServer(serverOptions, services);
        return server.StartAsync(ct);
    }

    /// <summary>Stores the raw bytes, then calls the pipeline per recipient. Public for tests with raw bytes.</summary>
    public async Task<ReplyVerdict> AcceptAsync(ReadOnlyMemory<byte> mime, IReadOnlyList<string> recipients, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(recipients);
        var verdict = recipients.Count > _options.MaxRecipients
            ? ReplyVerdict.TooManyRecipients
            : ReplyAcceptance.Judge(mime.Length, recipients, _options.ReplyDomain, _options.MaxMessageBytes);
        if (verdict != ReplyVerdict.Accept) return verdict;
        var key = ReplyAcceptance.BlobKeyFor(_time.GetUtcNow(), mime.Span);
        await _blobs.PutAsync(BlobArea.RawMime, key, mime, "message/rfc822", ct);
        foreach (var recipient in recipients)
        {
            await _onReply(key, recipient, ct);
        }
        return verdict;
    }

    /// <summary>452 4.5.3 (RFC 5321 §4.5.3.1.10): the client may send the rest in another transaction.</summary>
    internal static readonly SmtpResponse TooManyRecipients = new((SmtpReplyCode)452, "4.5.3 too many recipients");

    private sealed class DomainFilter(ReplyListenerOptions options) : IMailboxFilter
    {
        private const string RecipientCount = "fc.recipients";

        public Task<bool> CanAcceptFromAsync(ISessionContext context, IMailbox from, int size, CancellationToken cancellationToken)
        {
            if (size > options.MaxMessageBytes) throw new SmtpResponseException(SmtpResponse.SizeLimitExceeded);
            context.Properties[RecipientCount] = 0; // MAIL FROM starts a transaction: its recipients are counted afresh
            return Task.FromResult(true);
        }

        /// <summary>A reply has one recipient; past MaxRecipients each RCPT gets 452, so one message never runs the pipeline a thousand times.</summary>
        public Task<bool> CanDeliverToAsync(ISessionContext context, IMailbox to, IMailbox from, CancellationToken cancellationToken)
        {
            if (!ReplyAcceptance.IsForReplyDomain(to.User, to.Host, options.ReplyDomain)) return Task.FromResult(false);
            var count = context.Properties.TryGetValue(RecipientCount, out var value) && value is int n ? n : 0;
            if (count >= options.MaxRecipients) throw new SmtpResponseException(TooManyRecipients);
            context.Properties[RecipientCount] = count + 1;
            return Task.FromResult(true);
        }
    }

    private sealed class RawStore(ReplyListener listener) : IMessageStore
    {
        public async Task<SmtpResponse> SaveAsync(ISessionContext context, IMessageTransaction transaction,
            ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
        {
            var recipients = transaction.To.Select(m => m.User + "@" + m.Host).ToList();
            ReplyVerdict verdict;
            try
            {
                verdict = await listener.AcceptAsync(buffer.ToArray(), recipients, cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // Stored or not, the sender keeps the message and retries: nothing is lost.
                return new SmtpResponse((SmtpReplyCode)451, "4.3.0 temporary failure, try again later");
            }
            return verdict switch
            {
                ReplyVerdict.Accept => SmtpResponse.Ok,
                ReplyVerdict.TooLarge => SmtpResponse.SizeLimitExceeded,
                ReplyVerdict.TooManyRecipients => TooManyRecipients,
                _ => SmtpResponse.MailboxUnavailable,
            };
        }
    }
}
