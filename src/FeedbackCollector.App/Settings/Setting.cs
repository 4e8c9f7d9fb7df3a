namespace FeedbackCollector.App.Settings;

/// <summary>Where the AWS runtime finds a setting (the local runtime always reads collector.conf, FC_NAME and FC_NAME_FILE).</summary>
public enum AwsSource
{
    /// <summary>Local only: the AWS runtime has no use for it.</summary>
    None,

    /// <summary>Parameter Store, /fc/config/NAME.</summary>
    Parameter,

    /// <summary>A Secrets Manager secret, named by <see cref="Setting.AwsSecret"/>.</summary>
    Secret,
}

/// <summary>
/// One operator setting: the same <see cref="Name"/> in collector.conf, as FC_NAME and as /fc/config/NAME.
/// </summary>
/// <param name="Name">The one spelling, snake_case so that FC_ plus its upper case is a valid variable name.</param>
/// <param name="Default">The value when nothing sets it; null: none (it is missing).</param>
/// <param name="Readers">Who reads it: "serve" (the local host) and the Lambda role names.</param>
/// <param name="Meaning">One line for `doctor` and docs/settings.md.</param>
/// <param name="Aws">Where the AWS runtime reads it.</param>
/// <param name="Optional">On AWS a deployment may leave it out (the template need not create it).</param>
/// <param name="RulesTxt">The rules.txt line that overrides it, if any.</param>
/// <param name="Secret">Never printed; locally set only through FC_NAME / FC_NAME_FILE or generated.</param>
/// <param name="AwsSecret">The Secrets Manager name on AWS, for <see cref="AwsSource.Secret"/>.</param>
/// <param name="OldNames">Spellings of earlier releases, still accepted (with a warning naming this one) for one release.</param>
/// <param name="DefaultIsLocal">The default suits a laptop only (reply.localhost): on AWS the value must be given.</param>
public sealed record Setting(
    string Name,
    string? Default,
    IReadOnlyList<string> Readers,
    string Meaning,
    AwsSource Aws = AwsSource.None,
    bool Optional = true,
    string? RulesTxt = null,
    bool Secret = false,
    string? AwsSecret = null,
    IReadOnlyList<string>? OldNames = null,
    bool DefaultIsLocal = false)
{
    /// <summary>The default on AWS: none where the local default would be wrong there.</summary>
    public string? AwsDefault => DefaultIsLocal ? null : Default;

    /// <summary>The local host reads it.</summary>
    public bool Local => Readers.Contains(SettingReaders.Serve);

    /// <summary>The environment variable that sets it: FC_ plus the name in upper case.</summary>
    public string EnvName => "FC_" + Name.ToUpperInvariant();

    /// <summary>The Parameter Store name when the AWS runtime reads it from there.</summary>
    public string? ParameterName => Aws is AwsSource.Parameter ? SettingsRegistry.ParameterPath + Name : null;

    public IReadOnlyList<string> Renamed => OldNames ?? [];
}

/// <summary>A setting found under an old spelling: the value is used under <see cref="NewName"/>, and the operator is told.</summary>
public sealed record RenamedSetting(string OldName, string NewName)
{
    public override string ToString() =>
        $"{OldName} is now called {NewName}: rename it (the old name is accepted for this release only)";
}
