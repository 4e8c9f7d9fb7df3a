using System.Globalization;
using FeedbackCollector.App.Sms;
using FeedbackCollector.Cli.Config;
using FeedbackCollector.Core.Flow;
using Names = FeedbackCollector.App.Settings.SettingNames;
using FeedbackCollector.Core.Classify;
using FeedbackCollector.Core.Ports;
using FeedbackCollector.Core.Tokens;
using FeedbackCollector.Local.Classify;
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
    string SenderAddress,
    string? SenderName,
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

    /// <summary>Who reads written replies (classifier, classifier_endpoint, classifier_model, classifier_api_key).</summary>
    public IMoodClassifier Classifier { get; init; } = new LexiconMoodClassifier();

    /// <summary>The channels setting, in order of preference.</summary>
    public IReadOnlyList<AskChannel> Channels { get; init; } = [AskChannel.Email];

    /// <summary>Who sends SMS: outbox (the default), twilio or none.</summary>
    public string SmsProvider { get; init; } = "outbox";

    public TwilioOptions? Twilio { get; init; }

    public string? PhoneRegion { get; init; }

    public static ServeSettings From(LocalConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        var paths = new LocalPaths(config.Require(Names.DataDir));
        var publicBase = new Uri(config.Require(Names.PublicBaseUrl).TrimEnd('/') + "/");
        var replyDomain = config.Require(Names.ReplyDomain);
        var (host, port) = HostPort(Names.SmtpListen, config.Require(Names.SmtpListen));
        var listener = new ReplyListenerOptions(replyDomain, port) { Host = host, MaxMessageBytes = Int(Names.SmtpMaxBytes, config) };
        var webhookSecret = config.Get(Names.WebhookSecret);
        var webhooks = webhookSecret is null ? new Dictionary<string, WebhookSchemeOptions>()
            : WebhookScheme.All.Where(s => s != WebhookScheme.Square).ToDictionary(s => s, _ => new WebhookSchemeOptions(webhookSecret, VisitType: "visit",
                WithdrawOnPartialRefund: config.Get(Names.WithdrawOnPartialRefund) is "on" or "true"));
        var ownerKey = config.Require(Names.OwnerKey);
        return new ServeSettings(paths, config.Require(Names.HttpListen), publicBase, replyDomain, listener,
            config.Require(Names.SenderAddress), config.Get(Names.SenderName), config.Get(Names.OwnerEmail), config.Get(Names.SlackBotToken), config.Get(Names.SlackOwnerUserId),
            config.Get(Names.RulesFile), config.Get(Names.VoiceFile), config.Get(Names.CustomersCsv) ?? paths.CustomersCsv,
            RelayOf(config), new SchedulerLoopOptions { PollInterval = Seconds(Names.PollInterval, config) },
            Seconds(Names.CsvPollInterval, config), SigningSecrets.Parse(config.Require(Names.SigningSecret), config.Get(Names.SigningSecretPrevious)),
            ownerKey,
            new WebAppOptions(ownerKey, webhooks, SecureCookies: publicBase.Scheme == Uri.UriSchemeHttps)
            {
                TwilioInbound = config.Get(Names.TwilioAuthToken) is { } twilioToken ? (twilioToken, new Uri(publicBase, "sms/twilio")) : null,
            },
            config.Get(Names.TestControl) is "on" or "true" or "1") 
        {
            Classifier = ClassifierOf(config),
            Channels = ChannelsOf(config),
            SmsProvider = SmsProviderOf(config),
            Twilio = TwilioOf(config),
            PhoneRegion = config.Get(Names.PhoneRegion),
        };
    }

    /// <summary>The configured reader of replies; a setting that cannot work fails the start, naming it.</summary>
    private static IMoodClassifier ClassifierOf(LocalConfig config)
    {
        var (classifier, problem) = ClassifierFactory.Create(config.Get(Names.Classifier), config.Get(Names.ClassifierEndpoint),
            config.Get(Names.ClassifierModel), config.Get(Names.ClassifierApiKey));
        return classifier ?? throw new InvalidOperationException(problem);
    }

    private static IReadOnlyList<AskChannel> ChannelsOf(LocalConfig config)
    {
        try
        {
            return CollectorSettings.ParseChannels(config.Get(Names.Channels));
        }
        catch (FormatException e)
        {
            throw new InvalidOperationException(e.Message, e);
        }
    }

    private static string SmsProviderOf(LocalConfig config) => config.Get(Names.SmsProvider) switch
    {
        null or "outbox" => "outbox",
        "twilio" or "none" => config.Get(Names.SmsProvider)!,
        var other => throw new InvalidOperationException($"{Names.SmsProvider} must be outbox, twilio or none here (sns is the AWS runtime's), not '{other}'"),
    };

    private static TwilioOptions? TwilioOf(LocalConfig config)
    {
        if (config.Get(Names.SmsProvider) != "twilio") return null;
        return new TwilioOptions(config.Require(Names.TwilioAccountSid), config.Require(Names.TwilioAuthToken), config.Require(Names.SmsOriginationNumber));
    }

    private static SmtpRelayOptions? RelayOf(LocalConfig config)
    {
        if (config.Get(Names.MailMode) != "smtp") return null;
        var security = config.Get(Names.SmtpRelaySecurity) switch
        {
            "ssl" => SmtpSecurity.SslOnConnect,
            "none" => SmtpSecurity.None,
            null or "starttls" => SmtpSecurity.StartTls,
            var other => throw new InvalidOperationException($"{Names.SmtpRelaySecurity} must be starttls, ssl or none, not '{other}'"),
        };
        var bounces = config.Get(Names.SmtpRelayBouncesToReply) switch
        {
            null or "off" or "false" or "0" => false,
            "on" or "true" or "1" => true,
            var other => throw new InvalidOperationException($"{Names.SmtpRelayBouncesToReply} must be on or off, not '{other}'"),
        };
        return new SmtpRelayOptions(config.Require(Names.SmtpRelayHost), Int(Names.SmtpRelayPort, config), security,
            config.Get(Names.SmtpRelayUser), config.Get(Names.SmtpRelayPassword)) { BouncesToReplyAddress = bounces };
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
