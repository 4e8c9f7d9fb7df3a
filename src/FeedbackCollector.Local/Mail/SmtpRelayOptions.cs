namespace FeedbackCollector.Local.Mail;

/// <summary>How to reach the relay: "none" (plain, e.g. a local relay), "starttls" (587) or "ssl" (465).</summary>
public enum SmtpSecurity { None, StartTls, SslOnConnect }

/// <summary>A configured SMTP relay. UserName null means no authentication.</summary>
public sealed record SmtpRelayOptions(
    string Host,
    int Port = 587,
    SmtpSecurity Security = SmtpSecurity.StartTls,
    string? UserName = null,
    string? Password = null)
{
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// When on, the envelope sender (MAIL FROM, where bounces go) is the email's Reply-To: the ask's
    /// r-TOKEN@reply-domain address, so the relay's bounces come back to the reply listener, which
    /// suppresses the customer on a hard bounce. Off by default: the reply domain's SPF must then allow
    /// the relay, and some relays refuse an envelope sender they did not authenticate.
    /// </summary>
    public bool BouncesToReplyAddress { get; init; }

    /// <summary>Never print the password (doctor prints options).</summary>
    public override string ToString() =>
        $"{Host}:{Port} security={Security} auth={(UserName is null ? "none" : UserName)}";
}
