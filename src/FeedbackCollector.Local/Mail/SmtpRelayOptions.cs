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

    /// <summary>Never print the password (doctor prints options).</summary>
    public override string ToString() =>
        $"{Host}:{Port} security={Security} auth={(UserName is null ? "none" : UserName)}";
}
