using FeedbackCollector.App.Settings;
using FeedbackCollector.Core.Ports;

namespace FeedbackCollector.Lambda.Composition;

/// <summary>
/// Parameter Store settings and the role's secrets, read once per execution environment at init and
/// kept for its lifetime (a changed parameter reaches new environments; a deploy recycles them all).
/// Parameters under an old spelling are read under their new name and listed in <see cref="Renamed"/> for the init log.
/// </summary>
internal sealed record ConfigSnapshot(
    IReadOnlyDictionary<string, ConfigValue> Settings,
    IReadOnlyDictionary<string, string?> Secrets)
{
    public static ConfigSnapshot Empty { get; } = new(new Dictionary<string, ConfigValue>(), new Dictionary<string, string?>());

    public IReadOnlyList<RenamedSetting> Renamed { get; init; } = [];

    /// <summary>Loads the settings and the named secrets, in parallel: init time is cold-start time.</summary>
    public static async Task<ConfigSnapshot> LoadAsync(IConfigSource config, ISecretSource secrets,
        IReadOnlyList<string> secretNames, CancellationToken ct)
    {
        var settings = config.LoadAsync(ct);
        var values = await Task.WhenAll(secretNames.Select(name => secrets.GetAsync(name, ct)));
        var (current, renamed) = SettingsRegistry.Canonical(await settings);
        return new ConfigSnapshot(current, secretNames.Zip(values).ToDictionary(p => p.First, p => p.Second, StringComparer.Ordinal))
        {
            Renamed = renamed,
        };
    }

    /// <summary>A registry setting's value, or its AWS default ("" when it has none) when Parameter Store does not have it.</summary>
    public string Setting(string name) =>
        Settings.TryGetValue(name, out var v) ? v.Value : SettingsRegistry.Get(name).AwsDefault ?? "";

    /// <summary>A registry setting's value, or null when it is not set or empty.</summary>
    public string? Optional(string name) => Setting(name) is { Length: > 0 } value ? value : null;

    /// <summary>A setting the role cannot work without; throws naming its parameter.</summary>
    public string Required(string name) =>
        Optional(name) ?? throw new MissingSettingException($"{SettingsRegistry.Get(name).ParameterName} is not set");

    /// <summary>A secret this role loaded; throws when it is not set, naming it (never its value).</summary>
    public string Secret(string name) =>
        Secrets.TryGetValue(name, out var value) && !string.IsNullOrEmpty(value)
            ? value
            : throw new MissingSecretException($"the secret {name} is not set or not readable by this role");
}

/// <summary>A secret the role needs is missing: a deployment problem, not retried.</summary>
internal sealed class MissingSecretException(string message) : Exception(message);
