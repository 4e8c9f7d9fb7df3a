namespace FeedbackCollector.Cli.Config;

/// <summary>A setting the local runtime knows: its short name (the same as under /fc/config/ on AWS), default and meaning.</summary>
internal sealed record ConfigKey(string Name, string? Default, bool Secret, string Meaning);

/// <summary>Every local setting. Secrets have no default: they come from FC_* variables or *_file paths, or are generated.</summary>
internal static class ConfigKeys
{
    public static readonly IReadOnlyList<ConfigKey> All =
    [
        new("data_dir", ".fc-data", false, "folder for the SQLite database, blobs, outbox and generated secrets"),
        new("http_listen", "http://127.0.0.1:8080", false, "where the web pages and webhooks listen"),
        new("public_base_url", "http://127.0.0.1:8080", false, "base of the links in emails (what customers' phones open)"),
        new("smtp_listen", "127.0.0.1:2525", false, "where the reply listener accepts mail"),
        new("smtp_max_bytes", "10485760", false, "largest reply accepted, in bytes"),
        new("reply_domain", "reply.localhost", false, "domain of the unique reply-to addresses (its MX must point here)"),
        new("from_address", "feedback@localhost", false, "sender address of asks"),
        new("from_name", "", false, "sender name of asks (default: the business name from rules.txt)"),
        new("mail_mode", "outbox", false, "outbox (write .eml files the owner page lists) or smtp (send through the relay)"),
        new("smtp_relay_host", null, false, "SMTP relay host for mail_mode=smtp"),
        new("smtp_relay_port", "587", false, "SMTP relay port"),
        new("smtp_relay_security", "starttls", false, "starttls, ssl or none"),
        new("smtp_relay_user", null, false, "SMTP relay user name"),
        new("smtp_relay_bounces_to_reply", "off", false,
            "on: bounces go to the ask's reply address (envelope sender), so a hard bounce suppresses the customer; the reply domain's SPF must allow the relay"),
        new("owner_email", null, false, "where owner pings and summaries go when Slack is not set (rules.txt may set it too)"),
        new("rules_file", null, false, "path of rules.txt to load at start (default: the last good copy in data_dir)"),
        new("voice_file", null, false, "path of voice.txt to load at start"),
        new("customers_csv", null, false, "customers CSV file to watch for new visits"),
        new("poll_interval", "5", false, "seconds between scheduler polls (due asks, follow-ups, sweep, summary)"),
        new("csv_poll_interval", "10", false, "seconds between reads of the customers CSV"),
        new("classifier", "lexicon", false, "who reads written replies: lexicon (built in, offline), openai (any OpenAI-compatible server: Ollama, llama.cpp, hosted), anthropic, or bedrock (AWS only)"),
        new("classifier_endpoint", null, false, "base URL of the classifier's model server, e.g. http://127.0.0.1:11434/v1 for Ollama (default: the provider's public API)"),
        new("classifier_model", null, false, "model name for classifier = openai or anthropic, e.g. llama3.1:8b or claude-haiku-4-5"),
        new("test_control", "off", false, "on: an adjustable clock and /_test/clock for end-to-end tests; never in production"),
        new("test_clock_start", null, false, "with test_control on: the instant the adjustable clock starts at (ISO 8601)"),
        new("signing_secret", null, true, "HMAC key for star links and reply addresses (generated into data_dir when absent)"),
        new("signing_secret_previous", null, true, "the previous signing key, still accepted after a rotation"),
        new("webhook_secret", null, true, "shared secret of POST /webhook signatures"),
        new("slack_bot_token", null, true, "Slack bot token for owner pings (xoxb-…)"),
        new("owner_key", null, true, "secret for the owner page /owner (generated into data_dir when absent)"),
        new("smtp_relay_password", null, true, "SMTP relay password"),
        new("classifier_api_key", null, true, "API key of the classifier's model server (not needed for a local Ollama or llama.cpp)"),
    ];

    public static ConfigKey? Find(string name) =>
        All.FirstOrDefault(k => string.Equals(k.Name, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>The environment variable that overrides a key: FC_ plus the name in upper case.</summary>
    public static string EnvName(string name) => "FC_" + name.ToUpperInvariant();
}
