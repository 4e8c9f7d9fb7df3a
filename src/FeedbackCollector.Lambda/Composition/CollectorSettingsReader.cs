using FeedbackCollector.App.Settings;
using FeedbackCollector.Core.Flow;
using static FeedbackCollector.App.Settings.SettingNames;

namespace FeedbackCollector.Lambda.Composition;

/// <summary>
/// The flow's operator settings from Parameter Store (/fc/config/); FC_PUBLIC_BASE_URL in the environment
/// overrides /fc/config/public_base_url (which the template fills with reply-handler's Function URL, so
/// reply-handler, whose own URL cannot be in its environment, reads it too). An empty sender_name means rules.txt's
/// business name, as on the local host.
/// </summary>
internal static class CollectorSettingsReader
{
    public static CollectorSettings From(ConfigSnapshot config, string? publicBaseUrl)
    {
        var baseUrl = publicBaseUrl ?? config.Setting(PublicBaseUrl);
        if (!Uri.TryCreate(baseUrl, UriKind.Absolute, out var uri))
            throw new MissingSettingException($"{SettingsRegistry.Get(PublicBaseUrl).EnvName} (or {SettingsRegistry.Get(PublicBaseUrl).ParameterName}) must be an absolute URL");
        return new CollectorSettings(uri, config.Required(ReplyDomain), config.Required(SenderAddress), config.Setting(SenderName))
        {
            Channels = ChannelsOf(config.Setting(Channels)),
            PhoneRegion = config.Optional(PhoneRegion),
        };
    }

    private static IReadOnlyList<AskChannel> ChannelsOf(string text)
    {
        try
        {
            return CollectorSettings.ParseChannels(text);
        }
        catch (FormatException e)
        {
            throw new MissingSettingException(e.Message);
        }
    }
}

/// <summary>An operator setting the role needs is missing from Parameter Store.</summary>
internal sealed class MissingSettingException(string message) : Exception(message);
