using System.Globalization;
using FeedbackCollector.Cli.Config;
using FeedbackCollector.Core.Tokens;
using FeedbackCollector.Local;
using FeedbackCollector.Local.Listener;
using FeedbackCollector.Local.Mail;
using FeedbackCollector.Local.Scheduling;
using FeedbackCollector.Web;
using FeedbackCollector.Web.Webhooks;

namespace FeedbackCollector.Cli.Composition;

/// <summary>
/// The typed settings of `serve`, read once from <see cref="LocalConfig"/>; a bad value fails the start with its
/// key named. Reading writes nothing: generating missing secrets is <see cref="LocalConfig.GenerateMissingSecrets"/>.
/// </summary>
internal sealed record ServeSettings(
    LocalPaths Paths,
    string HttpListen,
    Uri PublicBaseUrl,
    string ReplyDomain,
    ReplyListenerOptions Listener,
    string FromAddress,
    string? FromName,
    string? OwnerEmail,
    string? SlackBotToken,
    string? SlackOwnerUserId,
    string? RulesFile,
    string? VoiceFile,
    string CustomersCsv,
    SmtpRelayOptions? Relay,
    SchedulerLoopOptions Scheduler,
    TimeSpan CsvPollInterval,
    AskTokens Tokens,
    string OwnerKey,
    WebAppOptions Web,
    bool TestControl)
{
    public TimeOnly SweepAt { get; init; } = new(8, 0);

    public static ServeSettings From(LocalConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        var paths = new LocalPaths(config.Require("data_dir"));
        var publicBase = new Uri(config.Require("public_base_url").TrimEnd('/') + "/");
        var replyDomain = config.Require("reply_domain");
        var (host, port) = HostPort("smtp_listen", config.Require("smtp_listen"));
        var listener = new ReplyListenerOptions(replyDomain, port) { Host = host, MaxMessageBytes = Int("smtp_max_bytes", config) };
        var webhookSecret = config.Get("webhook_secret");
        var webhooks = webhookSecret is null ? new Dictionary<string, WebhookSchemeOptions>()
            : WebhookScheme.All.Where(s => s != WebhookScheme.Square).ToDictionary(s => s, _ => new WebhookSchemeOptions(webhookSecret, VisitType: "visit",
                WithdrawOnPartialRefund: config.Get("withdraw_on_partial_refund") is "on" or "true"));
        var ownerKey = config.Require("owner_key");
        return new ServeSettings(paths, config.Require("http_listen"), publicBase, replyDomain, listener,
            config.Require("from_address"), config.Get("from_name"), config.Get("owner_email"), config.Get("slack_bot_token"), config.Get("slack_owner_user_id"),
            config.Get("rules_file"), config.Get("voice_file"), config.Get("customers_csv") ?? paths.CustomersCsv,
            RelayOf(config), new SchedulerLoopOptions { PollInterval = Seconds("poll_interval", config) },
            Seconds("csv_poll_interval", config), SigningSecrets.Parse(config.Require("signing_secret"), config.Get("signing_secret_previous")),
            ownerKey,
            new WebAppOptions(ownerKey, webhooks, SecureCookies: publicBase.Scheme == Uri.UriSchemeHttps),
            config.Get("test_control") is "on" or "true" or "1");
    }

    private static SmtpRelayOptions? RelayOf(LocalConfig config)
    {
        if (config.Get("mail_mode") != "smtp") return null;
        var security = config.Get("smtp_relay_security") switch
        {
            "ssl" => SmtpSecurity.SslOnConnect,
            "none" => SmtpSecurity.None,
            null or "starttls" => SmtpSecurity.StartTls,
            var other => throw new InvalidOperationException($"smtp_relay_security must be starttls, ssl or none, not '{other}'"),
        };
        var bounces = config.Get("smtp_relay_bounces_to_reply") switch
        {
            null or "off" or "false" or "0" => false,
            "on" or "true" or "1" => true,
            var other => throw new InvalidOperationException($"smtp_relay_bounces_to_reply must be on or off, not '{other}'"),
        };
        return new SmtpRelayOptions(config.Require("smtp_relay_host"), Int("smtp_relay_port", config), security,
            config.Get("smtp_relay_user"), config.Get("smtp_relay_password")) { BouncesToReplyAddress = bounces };
    }

    public static (string Host, int Port) HostPort(string key, string value)
    {
        var colon = value.LastIndexOf(':');
        if (colon <= 0 || !int.TryParse(value[(colon + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var port))
            throw new InvalidOperationException($"{key} must be host:port, not '{value}'");
        return (value[..colon], port);
    }

    private static int Int(string key, LocalConfig config) =>
        int.TryParse(config.Require(key), NumberStyles.None, CultureInfo.InvariantCulture, out var n)
            ? n : throw new InvalidOperationException($"{key} must be a whole number");

    private static TimeSpan Seconds(string key, LocalConfig config) =>
        double.TryParse(config.Require(key), NumberStyles.Float, CultureInfo.InvariantCulture, out var s) && s > 0
            ? TimeSpan.FromSeconds(s) : throw new InvalidOperationException($"{key} must be a positive number of seconds");
}
