using static FeedbackCollector.App.Settings.SettingNames;
using static FeedbackCollector.App.Settings.SettingReaders;

namespace FeedbackCollector.App.Settings;

/// <summary>
/// Every operator setting, once: name, default, readers, where AWS keeps it, whether rules.txt overrides it.
/// Both hosts read through it, docs/settings.md is its table, and a Deploy test holds sam/template.yaml to it.
/// </summary>
public static class SettingsRegistry
{
    /// <summary>Where the AWS runtime's Parameter Store settings live (FC_CONFIG_PATH's default).</summary>
    public const string ParameterPath = "/fc/config/";

    private static readonly string[] ServeOnly = [Serve];

    public static IReadOnlyList<Setting> All { get; } =
    [
        // ---- both runtimes
        new(PublicBaseUrl, "http://127.0.0.1:8080", [.. MailRoles], "base of the links in emails (what customers' phones open); on AWS the template writes reply-handler's Function URL here (FC_PUBLIC_BASE_URL overrides)",
            AwsSource.Parameter, Optional: false, OldNames: ["public-base-url"], DefaultIsLocal: true),
        new(ReplyDomain, "reply.localhost", [.. MailRoles], "domain of the reply-to addresses r-<token>@reply_domain; its MX must point at the reply listener (local) or SES inbound (AWS)",
            AwsSource.Parameter, Optional: false, OldNames: ["reply-domain"], DefaultIsLocal: true),
        new(SenderAddress, "feedback@localhost", [.. MailRoles], "sender address of every customer email (on AWS: an SES-verified identity)",
            AwsSource.Parameter, Optional: false, OldNames: ["from_address", "sender-address"], DefaultIsLocal: true),
        new(SenderName, "", [.. MailRoles], "display name beside the sender address (empty: rules.txt's Business name)",
            AwsSource.Parameter, OldNames: ["from_name", "sender-name", "business-name"]),
        new(OwnerEmail, null, [.. OwnerRoles], "where owner pings (when Slack is not set) and the monthly summary go",
            AwsSource.Parameter, Optional: false, RulesTxt: "Owner email:", OldNames: ["owner-email"]),
        new(SlackOwnerUserId, null, [.. OwnerRoles], "the owner's Slack member id for private pings (needs slack_bot_token)",
            AwsSource.Parameter, RulesTxt: "Owner Slack:", OldNames: ["slack-owner-user-id"]),
        new(SigningSecret, null, [Serve, RequestBuilder, ReplyHandler, Dispatch, SweepSummary], "HMAC key(s) of star links and reply addresses (keyed 'a:…,b:…' or one plain string); generated locally when absent",
            AwsSource.Secret, Optional: false, Secret: true, AwsSecret: "fc/token/signing-secret"),
        new(WebhookSecret, null, [Serve, IntakeWebhook], "shared secret of POST /webhook signatures (without it every delivery is refused)",
            AwsSource.Secret, Optional: false, Secret: true, AwsSecret: "fc/pos/webhook-secret"),
        new(SlackBotToken, null, [.. OwnerRoles], "Slack bot token (xoxb-…) for owner pings",
            AwsSource.Secret, Optional: false, Secret: true, AwsSecret: "fc/slack/bot-token"),
        new(OwnerKey, null, [Serve, ReplyHandler], "key of the owner page /owner (generated: into data_dir locally, by the template's secret on AWS)",
            AwsSource.Secret, Optional: false, Secret: true, AwsSecret: "fc/owner/key"),
        new(Channels, "email", [.. MailRoles], "how customers are asked, in order of preference: email, sms, email,sms (email when there is one, else SMS) or sms,email",
            AwsSource.Parameter, Optional: false),
        new(SmsProvider, null, [.. SmsRoles], "who sends SMS: outbox (local default: .sms files in data_dir/sms-outbox), sns (AWS default), twilio (both runtimes) or none",
            AwsSource.Parameter),
        // The SID is an account name, not a key, but it travels with the token: both in Secrets Manager on AWS, set only when Twilio is used.
        new(TwilioAccountSid, null, [.. SmsRoles], "Twilio account SID (AC…) for sms_provider = twilio",
            AwsSource.Secret, AwsSecret: "fc/twilio/account-sid"),
        new(TwilioAuthToken, null, [Serve, RequestBuilder, ReplyHandler, Dispatch],
            "Twilio auth token: sends SMS (sms_provider = twilio) and checks X-Twilio-Signature on the inbound SMS webhook POST /sms/twilio (on AWS: reply-handler's Function URL)",
            AwsSource.Secret, Secret: true, AwsSecret: "fc/twilio/auth-token"),
        new(SmsSenderId, null, [.. SmsRoles], "SNS: alphanumeric sender id shown where the destination country allows one, e.g. KopiCo", AwsSource.Parameter),
        new(SmsOriginationNumber, null, [.. SmsRoles], "the number SMS are sent from: SNS's origination number, or Twilio's From number or Messaging Service SID (MG…)",
            AwsSource.Parameter),
        new(PhoneRegion, null, [Serve, RequestBuilder], "country (ISO code, e.g. SG) of phone numbers written without +country code, when rules.txt's Holidays names none",
            AwsSource.Parameter),

        // ---- AWS only
        new(Timezone, "Asia/Singapore", [RequestBuilder, SweepSummary, DriveSync], "IANA zone of the one-off ask schedules and of the customer sheet's times (asks are planned in rules.txt's Timezone)",
            AwsSource.Parameter, Optional: false),
        new(PosScheme, "generic", [IntakeWebhook], "intake-webhook's one POS scheme: generic, shopify, square, stripe or woocommerce",
            AwsSource.Parameter, Optional: false, OldNames: ["pos-scheme"]),
        new(PosNotificationUrl, null, [IntakeWebhook], "the notification URL Square signs (square only)",
            AwsSource.Parameter, OldNames: ["pos-notification-url"]),
        new(PosVisitType, "purchase", [IntakeWebhook], "visit type of webhook visits (rules.txt's Wait after <type>)",
            AwsSource.Parameter, OldNames: ["pos-visit-type"]),
        new(WithdrawOnPartialRefund, "off", [Serve, IntakeWebhook],
            "on: a partial refund withdraws the pending ask too (a full refund, void or cancellation always does)",
            AwsSource.Parameter, OldNames: ["withdraw-on-partial-refund"]),
        new(SheetId, null, [DriveSync, IntakeWebhook], "the owner's customer sheet: mirrored as customers.csv, and every webhook sale appended to it (empty: none)", AwsSource.Parameter, OldNames: ["sheet-id"]),
        new(SheetName, null, [IntakeWebhook], "tab of that sheet sales are appended to (empty: the first)", AwsSource.Parameter, OldNames: ["sheet-name"]),
        new(CustomerListChunkRows, "400", [RequestBuilder],
            "new rows of the mirrored customer sheet one request-builder invocation plans (it also stops 5 s before its timeout); the rest is planned by request-builder invoking itself",
            AwsSource.Parameter),
        new(DriveRulesFileId, null, [DriveSync], "Drive file id of rules.txt (empty: upload to the rules bucket instead)", AwsSource.Parameter, OldNames: ["drive-rules-file-id"]),
        new(DriveVoiceFileId, null, [DriveSync], "Drive file id of voice.txt", AwsSource.Parameter, OldNames: ["drive-voice-file-id"]),
        new(CalendarIds, null, [CalendarSync],
            "Google Calendars whose finished bookings become visits, comma-separated (one id is a list of one); each keeps its own cursor and one that fails does not stop the others (none: calendar-sync answers not-configured)",
            AwsSource.Parameter, OldNames: ["calendar_id", "calendar-id"]),
        new(GoogleServiceAccount, null, [DriveSync, CalendarSync, IntakeWebhook], "Google service account JSON key for Sheets, Drive and Calendar",
            AwsSource.Secret, Optional: false, Secret: true, AwsSecret: "fc/drive/sa"),
        new(SummaryModel, "global.anthropic.claude-haiku-4-5-20251001-v1:0", [SweepSummary],
            "Bedrock model (the global inference profile of Claude Haiku 4.5) that writes the monthly summary's paragraph; every number it states is checked against the figures, else the plain paragraph is sent. The sweep-summary role may invoke only this profile",
            AwsSource.Parameter),

        // ---- local only
        new(DataDir, ".fc-data", ServeOnly, "folder for the SQLite database, blobs, outbox and generated secrets"),
        new(HttpListen, "http://127.0.0.1:8080", ServeOnly, "where the web pages and webhooks listen"),
        new(SmtpListen, "127.0.0.1:2525", ServeOnly, "where the reply listener accepts mail"),
        new(SmtpMaxBytes, "10485760", ServeOnly, "largest reply accepted, in bytes"),
        new(MailMode, "outbox", ServeOnly, "outbox (write .eml files the owner page lists) or smtp (send through the relay)"),
        new(SmtpRelayHost, null, ServeOnly, "SMTP relay host for mail_mode=smtp"),
        new(SmtpRelayPort, "587", ServeOnly, "SMTP relay port"),
        new(SmtpRelaySecurity, "starttls", ServeOnly, "starttls, ssl or none"),
        new(SmtpRelayUser, null, ServeOnly, "SMTP relay user name"),
        new(SmtpRelayPassword, null, ServeOnly, "SMTP relay password", Secret: true),
        new(SmtpRelayBouncesToReply, "off", ServeOnly,
            "on: bounces go to the ask's reply address (envelope sender), so a hard bounce suppresses the customer; the reply domain's SPF must allow the relay"),
        new(RulesFile, null, ServeOnly, "path of rules.txt to load at start (default: the last good copy in data_dir)"),
        new(VoiceFile, null, ServeOnly, "path of voice.txt to load at start"),
        new(CustomersCsv, null, ServeOnly, "customers CSV file to watch for new visits (default: data_dir/customers.csv)"),
        new(PollInterval, "5", ServeOnly, "seconds between scheduler polls (due asks, follow-ups, sweep, summary)"),
        new(CsvPollInterval, "10", ServeOnly, "seconds between reads of the customers CSV"),
        // On AWS the router reads replies with Bedrock (FC_CLASSIFIER_MODEL); these choose the local reader.
        new(Classifier, "lexicon", ServeOnly, "who reads written replies: lexicon (built in, offline), openai (any OpenAI-compatible server: Ollama, llama.cpp, hosted) or anthropic"),
        new(ClassifierEndpoint, null, ServeOnly, "base URL of the classifier's model server, e.g. http://127.0.0.1:11434/v1 for Ollama (default: the provider's public API)"),
        new(ClassifierModel, null, ServeOnly, "model name for classifier = openai or anthropic, e.g. llama3.1:8b or claude-haiku-4-5"),
        new(ClassifierApiKey, null, ServeOnly, "API key of the classifier's model server (not needed for a local Ollama or llama.cpp)", Secret: true),
        new(SigningSecretPrevious, null, ServeOnly, "the previous signing key, still accepted after a rotation (on AWS: a second key id in the one secret)", Secret: true),
        new(TestControl, "off", ServeOnly, "on: an adjustable clock and /_test/clock for end-to-end tests; never in production"),
        new(TestClockStart, null, ServeOnly, "with test_control on: the instant the adjustable clock starts at (ISO 8601)"),
    ];

    private static readonly Dictionary<string, Setting> ByName = All.ToDictionary(s => s.Name, StringComparer.OrdinalIgnoreCase);

    private static readonly Dictionary<string, Setting> ByOldName =
        All.SelectMany(s => s.Renamed.Select(old => (old, s))).ToDictionary(p => p.old, p => p.s, StringComparer.OrdinalIgnoreCase);

    /// <summary>The setting of this name, or null.</summary>
    public static Setting? Find(string name) => ByName.GetValueOrDefault(name);

    /// <summary>The setting an old spelling stands for, or null.</summary>
    public static Setting? FindOld(string oldName) => ByOldName.GetValueOrDefault(oldName);

    /// <summary>The setting of this (current) name; throws for a name the registry does not know.</summary>
    public static Setting Get(string name) =>
        Find(name) ?? throw new KeyNotFoundException($"'{name}' is not a setting of {nameof(SettingsRegistry)}");

    /// <summary>
    /// Values keyed by current names: a value under an old spelling moves to its new name unless the new name is
    /// set too (the new one wins), and each move is reported. Keys the registry does not know are kept as they are.
    /// </summary>
    public static (Dictionary<string, T> Values, IReadOnlyList<RenamedSetting> Renamed) Canonical<T>(IReadOnlyDictionary<string, T> raw)
    {
        ArgumentNullException.ThrowIfNull(raw);
        var values = raw.Where(p => FindOld(p.Key) is null).ToDictionary(p => p.Key, p => p.Value, StringComparer.OrdinalIgnoreCase);
        var renamed = new List<RenamedSetting>();
        foreach (var setting in All)
        {
            // Among old spellings of one setting the first listed wins (sender-name before business-name).
            foreach (var old in setting.Renamed)
            {
                if (!raw.TryGetValue(old, out var value)) continue;
                renamed.Add(new RenamedSetting(old, setting.Name));
                values.TryAdd(setting.Name, value);
            }
        }
        return (values, renamed);
    }
}
