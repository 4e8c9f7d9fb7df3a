namespace FeedbackCollector.App.Settings;

/// <summary>
/// The one spelling of every operator setting, for code on both hosts: the key in collector.conf, FC_NAME in the
/// environment and /fc/config/NAME in Parameter Store. <see cref="SettingsRegistry"/> says what each one means.
/// </summary>
public static class SettingNames
{
    // Both runtimes.
    public const string PublicBaseUrl = "public_base_url";
    public const string ReplyDomain = "reply_domain";
    public const string SenderAddress = "sender_address";
    public const string SenderName = "sender_name";
    public const string OwnerEmail = "owner_email";
    public const string SlackOwnerUserId = "slack_owner_user_id";
    public const string SigningSecret = "signing_secret";
    public const string WebhookSecret = "webhook_secret";
    public const string SlackBotToken = "slack_bot_token";
    public const string SmsProvider = "sms_provider";
    public const string SmsSenderId = "sms_sender_id";
    public const string SmsOriginationNumber = "sms_origination_number";
    public const string TwilioAccountSid = "twilio_account_sid";
    public const string TwilioAuthToken = "twilio_auth_token";
    public const string PhoneRegion = "phone_region";

    // AWS only.
    public const string Timezone = "timezone";
    public const string Channels = "channels";
    public const string PosScheme = "pos_scheme";
    public const string PosNotificationUrl = "pos_notification_url";
    public const string PosVisitType = "pos_visit_type";
    public const string WithdrawOnPartialRefund = "withdraw_on_partial_refund";
    public const string SheetId = "sheet_id";
    public const string SheetName = "sheet_name";
    public const string CustomerListChunkRows = "customer_list_chunk_rows";
    public const string DriveRulesFileId = "drive_rules_file_id";
    public const string DriveVoiceFileId = "drive_voice_file_id";
    public const string CalendarIds = "calendar_ids";
    public const string GoogleServiceAccount = "google_service_account";
    public const string SummaryModel = "summary_model";

    // Local only.
    public const string DataDir = "data_dir";
    public const string HttpListen = "http_listen";
    public const string SmtpListen = "smtp_listen";
    public const string SmtpMaxBytes = "smtp_max_bytes";
    public const string MailMode = "mail_mode";
    public const string SmtpRelayHost = "smtp_relay_host";
    public const string SmtpRelayPort = "smtp_relay_port";
    public const string SmtpRelaySecurity = "smtp_relay_security";
    public const string SmtpRelayUser = "smtp_relay_user";
    public const string SmtpRelayPassword = "smtp_relay_password";
    public const string SmtpRelayBouncesToReply = "smtp_relay_bounces_to_reply";
    public const string RulesFile = "rules_file";
    public const string VoiceFile = "voice_file";
    public const string CustomersCsv = "customers_csv";
    public const string PollInterval = "poll_interval";
    public const string CsvPollInterval = "csv_poll_interval";
    public const string Classifier = "classifier";
    public const string ClassifierEndpoint = "classifier_endpoint";
    public const string ClassifierModel = "classifier_model";
    public const string ClassifierApiKey = "classifier_api_key";
    public const string SigningSecretPrevious = "signing_secret_previous";
    public const string OwnerKey = "owner_key";
    public const string TestControl = "test_control";
    public const string TestClockStart = "test_clock_start";
}
