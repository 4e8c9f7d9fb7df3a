namespace FeedbackCollector.Core.Ports;

/// <summary>An email to send. Adapters build MIME from it (plain + HTML parts, the headers kept as given).</summary>
/// <param name="Headers">Extra headers kept as given, e.g. List-Unsubscribe and List-Unsubscribe-Post (RFC 8058).</param>
/// <param name="MessageId">Stable id without angle brackets, so a retried send is recognisable.</param>
public sealed record OutboundEmail(
    string To,
    string From,
    string? ReplyTo,
    string Subject,
    string TextBody,
    string? HtmlBody,
    IReadOnlyDictionary<string, string> Headers,
    string MessageId);

/// <summary>What happened to one send. A transient failure may be retried; a permanent one must not.</summary>
public sealed record SendResult(bool Sent, string? ProviderId, string? Error, bool Transient)
{
    /// <summary>
    /// Handed to the provider, but its acceptance was never seen (a crash or a dropped connection between handing
    /// it over and the answer). Counted as sent so it is never sent twice; <see cref="Error"/> says why it is unconfirmed.
    /// </summary>
    public bool Unconfirmed { get; init; }

    public static SendResult Ok(string? providerId) => new(true, providerId, null, false);

    public static SendResult SentUnconfirmed(string why, string? providerId = null) => new(true, providerId, why, false) { Unconfirmed = true };
    public static SendResult Failed(string error, bool transient) => new(false, null, error, transient);
}

/// <summary>Sends one email. Never throws for a delivery failure: the result says what failed.</summary>
public interface IMailer
{
    Task<SendResult> SendAsync(OutboundEmail email, CancellationToken ct = default);
}
