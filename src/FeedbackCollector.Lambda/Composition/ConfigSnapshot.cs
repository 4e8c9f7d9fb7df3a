using FeedbackCollector.Core.Ports;

namespace FeedbackCollector.Lambda.Composition;

/// <summary>
/// Parameter Store settings and the role's secrets, read once per execution environment at init and
/// kept for its lifetime (a changed parameter reaches new environments; a deploy recycles them all).
/// </summary>
internal sealed record ConfigSnapshot(
    IReadOnlyDictionary<string, ConfigValue> Settings,
    IReadOnlyDictionary<string, string?> Secrets)
{
    public static ConfigSnapshot Empty { get; } = new(new Dictionary<string, ConfigValue>(), new Dictionary<string, string?>());

    /// <summary>Loads the settings and the named secrets, in parallel: init time is cold-start time.</summary>
    public static async Task<ConfigSnapshot> LoadAsync(IConfigSource config, ISecretSource secrets,
        IReadOnlyList<string> secretNames, CancellationToken ct)
    {
        var settings = config.LoadAsync(ct);
        var values = await Task.WhenAll(secretNames.Select(name => secrets.GetAsync(name, ct)));
        return new ConfigSnapshot(await settings,
            secretNames.Zip(values).ToDictionary(p => p.First, p => p.Second, StringComparer.Ordinal));
    }

    /// <summary>A setting's value, or the fallback when Parameter Store does not have it.</summary>
    public string Setting(string key, string fallback) => Settings.TryGetValue(key, out var v) ? v.Value : fallback;

    /// <summary>A secret this role loaded; throws when it is not set, naming it (never its value).</summary>
    public string Secret(string name) =>
        Secrets.TryGetValue(name, out var value) && !string.IsNullOrEmpty(value)
            ? value
            : throw new MissingSecretException($"the secret {name} is not set or not readable by this role");
}

/// <summary>A secret the role needs is missing: a deployment problem, not retried.</summary>
internal sealed class MissingSecretException(string message) : Exception(message);
