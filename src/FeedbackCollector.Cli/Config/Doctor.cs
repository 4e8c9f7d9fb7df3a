using System.Text;
using FeedbackCollector.Core.Rules;
using static FeedbackCollector.App.Settings.SettingNames;

namespace FeedbackCollector.Cli.Config;

/// <summary>`doctor`: the effective settings, where each came from, and what is missing. Secrets are never printed.</summary>
internal static class Doctor
{
    public static (string Report, bool Healthy) Examine(LocalConfig config)
    {
        var sb = new StringBuilder();
        sb.AppendLine(config.File is null ? "config file: none (defaults and FC_* variables)" : $"config file: {config.File}");
        foreach (var key in ConfigKeys.All)
        {
            var shown = config.Values.TryGetValue(key.Name, out var v)
                ? $"{(key.Secret ? "(set)" : v.Value),-32} from {v.Origin}"
                : "(not set)";
            sb.AppendLine($"  {key.Name,-24} {shown}");
        }
        var missing = Missing(config).ToList();
        foreach (var p in config.Problems) sb.AppendLine("problem: " + p);
        foreach (var r in config.Renamed) sb.AppendLine("warning: " + r);
        foreach (var w in WeakSecrets(config)) sb.AppendLine("warning: " + w);
        foreach (var m in missing) sb.AppendLine("missing: " + m);
        var healthy = missing.Count == 0 && config.Problems.All(p => p.Severity != ProblemSeverity.Error);
        sb.AppendLine(healthy ? "ok: ready to serve" : "not ready: see the lines above");
        return (sb.ToString(), healthy);
    }

    /// <summary>Secrets that guard links and pages must not be guessable: a key shorter than this is named (never shown).</summary>
    public const int MinSecretBytes = 16;

    private static readonly string[] GuardingSecrets = [OwnerKey, SigningSecret, SigningSecretPrevious, WebhookSecret];

    private static IEnumerable<string> WeakSecrets(LocalConfig config) =>
        GuardingSecrets
            .Where(name => config.Get(name) is { } value && Encoding.UTF8.GetByteCount(value) < MinSecretBytes)
            .Select(name => $"{name} is shorter than {MinSecretBytes} bytes; anyone could guess it (leave {ConfigKeys.EnvName(name)} unset to have one generated)");

    private static IEnumerable<string> Missing(LocalConfig config)
    {
        if (config.Get(MailMode) == "smtp" && config.Get(SmtpRelayHost) is null)
            yield return $"{SmtpRelayHost} ({MailMode} is smtp, so mail needs a relay)";
        if (config.Get(MailMode) is { } mode && mode is not ("smtp" or "outbox"))
            yield return $"a valid {MailMode} (\"{mode}\" is neither outbox nor smtp)";
        if (config.Get(WebhookSecret) is null)
            yield return $"{WebhookSecret} (POST /webhook refuses every delivery until {ConfigKeys.EnvName(WebhookSecret)} is set)";
        if (config.Get(SlackBotToken) is null && config.Get(OwnerEmail) is null)
            yield return $"{OwnerEmail} or {SlackBotToken} (unhappy answers have no private way to the owner; rules.txt may name one)";
    }
}
