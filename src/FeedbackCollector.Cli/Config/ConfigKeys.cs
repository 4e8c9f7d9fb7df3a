using FeedbackCollector.App.Settings;

namespace FeedbackCollector.Cli.Config;

/// <summary>The settings the local host reads: the registry's entries whose readers include serve.</summary>
internal static class ConfigKeys
{
    public static IReadOnlyList<Setting> All { get; } = [.. SettingsRegistry.All.Where(s => s.Local)];

    public static Setting? Find(string name) => SettingsRegistry.Find(name) is { Local: true } s ? s : null;

    /// <summary>A key of collector.conf, current or old: an old one is read under its new name with a warning.</summary>
    public static bool IsKnown(string name) => Find(name) is not null || SettingsRegistry.FindOld(name) is { Local: true };

    /// <summary>The environment variable that overrides a key: FC_ plus the name in upper case.</summary>
    public static string EnvName(string name) => "FC_" + name.ToUpperInvariant();
}
