using System.Security.Cryptography;
using FeedbackCollector.App.Settings;
using FeedbackCollector.Core.Ports;
using FeedbackCollector.Core.Rules;
using FeedbackCollector.Local.Config;

namespace FeedbackCollector.Cli.Config;

/// <summary>
/// The effective local settings and where each came from: default &lt; config file &lt; FC_* variable
/// &lt; FC_*_FILE (a file holding a secret). Missing secrets that can be generated are generated once
/// into data_dir/secrets so a restart keeps every link valid.
/// </summary>
internal sealed class LocalConfig
{
    private readonly Dictionary<string, ConfigValue> _values;

    private LocalConfig(Dictionary<string, ConfigValue> values, IReadOnlyList<DocProblem> problems, string? file,
        IReadOnlyList<RenamedSetting> renamed)
    {
        _values = values;
        Problems = problems;
        File = file;
        Renamed = renamed;
    }

    /// <summary>Settings given under an old spelling (collector.conf key or FC_ variable): used, and `doctor` warns.</summary>
    public IReadOnlyList<RenamedSetting> Renamed { get; }

    public IReadOnlyList<DocProblem> Problems { get; }

    public string? File { get; }

    public IReadOnlyDictionary<string, ConfigValue> Values => _values;

    public string? Get(string key) => _values.TryGetValue(key, out var v) && v.Value.Length > 0 ? v.Value : null;

    public string Require(string key) =>
        Get(key) ?? throw new InvalidOperationException($"The setting '{key}' is missing: set it in the config file or {ConfigKeys.EnvName(key)}.");

    public static LocalConfig Load(string? configPath, IReadOnlyDictionary<string, string> environment)
    {
        var values = new Dictionary<string, ConfigValue>(StringComparer.OrdinalIgnoreCase);
        foreach (var key in ConfigKeys.All.Where(k => k.Default is not null))
            values[key.Name] = new ConfigValue(key.Name, key.Default!, "default");

        var problems = new List<DocProblem>();
        var renamed = new List<RenamedSetting>();
        var file = configPath ?? (System.IO.File.Exists("collector.conf") ? "collector.conf" : null);
        if (file is not null)
        {
            if (!System.IO.File.Exists(file)) throw new FileNotFoundException($"The config file '{file}' does not exist.", file);
            var (fromFile, fileProblems) = ConfigFileSource.Parse(System.IO.File.ReadAllText(file), file, ConfigKeys.IsKnown);
            problems.AddRange(fileProblems);
            var (current, old) = SettingsRegistry.Canonical(fromFile);
            renamed.AddRange(old);
            foreach (var (key, setting) in current) values[key] = setting;
        }
        foreach (var key in ConfigKeys.All)
        {
            // An old FC_ variable first, so the new one wins when both are set.
            foreach (var oldName in key.Renamed.Where(o => !o.Contains('-', StringComparison.Ordinal)).Reverse())
            {
                if (ApplyEnvironment(values, key.Name, ConfigKeys.EnvName(oldName), environment))
                    renamed.Add(new RenamedSetting(ConfigKeys.EnvName(oldName), key.EnvName));
            }
            ApplyEnvironment(values, key.Name, key.EnvName, environment);
        }
        return new LocalConfig(values, problems, file, renamed);
    }

    private static bool ApplyEnvironment(Dictionary<string, ConfigValue> values, string key, string name, IReadOnlyDictionary<string, string> env)
    {
        var found = false;
        if (env.TryGetValue(name, out var value) && value.Length > 0)
        {
            values[key] = new ConfigValue(key, value, "env " + name);
            found = true;
        }
        if (env.TryGetValue(name + "_FILE", out var path) && path.Length > 0)
        {
            values[key] = new ConfigValue(key, System.IO.File.ReadAllText(path).Trim(), "file " + path);
            found = true;
        }
        return found;
    }

    /// <summary>
    /// The explicit first-start step of serve, demo and import: the signing secret and owner key, made once and kept.
    /// Returns the names made by this call (empty on every later start).
    /// </summary>
    public IReadOnlyList<string> GenerateMissingSecrets() =>
        [.. new[] { SettingNames.SigningSecret, SettingNames.OwnerKey }.Where(EnsureGenerated)];

    /// <summary>Where a setting's value came from ("generated data/secrets/owner_key", "file …", "FC_OWNER_KEY", …).</summary>
    public string? SourceOf(string key) => _values.TryGetValue(key, out var v) ? v.Origin : null;

    /// <summary>
    /// Makes a random secret once and keeps it in data_dir/secrets/NAME (mode 600), unless set elsewhere.
    /// True only when this call made it.
    /// </summary>
    public bool EnsureGenerated(string key)
    {
        if (Get(key) is not null) return false;
        var secrets = new FolderSecretSource(Path.Combine(Require(SettingNames.DataDir), "secrets"));
        var value = secrets.Read(key);
        var made = value is null;
        if (made) secrets.Write(key, value = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32)));
        _values[key] = new ConfigValue(key, value!.Trim(), "generated " + secrets.PathOf(key));
        return made;
    }
}
