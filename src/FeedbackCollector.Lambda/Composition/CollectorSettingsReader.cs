using FeedbackCollector.Core.Flow;

namespace FeedbackCollector.Lambda.Composition;

/// <summary>
/// The flow's operator settings from Parameter Store (/fc/config/), with FC_PUBLIC_BASE_URL from the
/// environment (SAM knows the Function URL, Parameter Store does not).
/// </summary>
internal static class CollectorSettingsReader
{
    public static CollectorSettings From(ConfigSnapshot config, string? publicBaseUrl)
    {
        var baseUrl = publicBaseUrl ?? config.Setting("public-base-url", "");
        if (!Uri.TryCreate(baseUrl, UriKind.Absolute, out var uri))
            throw new MissingSettingException("FC_PUBLIC_BASE_URL (or /fc/config/public-base-url) must be an absolute URL");
        var sender = Required(config, "sender-address");
        return new CollectorSettings(uri, Required(config, "reply-domain"), sender, config.Setting("sender-name", config.Setting("business-name", sender)))
        {
            SmsEnabled = config.Setting("channels", "email").Contains("sms", StringComparison.OrdinalIgnoreCase),
        };
    }

    private static string Required(ConfigSnapshot config, string key) =>
        config.Setting(key, "") is { Length: > 0 } value ? value : throw new MissingSettingException($"/fc/config/{key} is not set");
}

/// <summary>An operator setting the role needs is missing from Parameter Store.</summary>
internal sealed class MissingSettingException(string message) : Exception(message);
