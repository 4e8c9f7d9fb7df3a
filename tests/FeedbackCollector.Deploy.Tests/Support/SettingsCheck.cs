using System.Text.Json.Nodes;
using FeedbackCollector.App.Settings;

namespace FeedbackCollector.Deploy.Tests.Support;

/// <summary>
/// Holds an expanded app template to the code's <see cref="SettingsRegistry"/>, both ways: every setting the AWS
/// roles read is created (a /fc/config/ parameter or a secret) unless it is optional, a required value without
/// a safe default comes from a template parameter the operator must give (or a resource's attribute), and every
/// /fc/config/ parameter or secret the template creates is one the code reads.
/// </summary>
internal static class SettingsCheck
{
    public static IReadOnlyList<string> Problems(JsonObject template)
    {
        var parameters = template.OfType("AWS::SSM::Parameter").ToDictionary(p => (string)p.Properties["Name"]!, p => p.Properties["Value"]);
        var secrets = template.OfType("AWS::SecretsManager::Secret").Select(s => (string)s.Properties["Name"]!).ToHashSet();
        var aws = SettingsRegistry.All.Where(s => s.Aws != AwsSource.None).ToList();
        var problems = new List<string>();
        foreach (var setting in aws)
            problems.AddRange(Missing(setting, parameters, secrets, template));
        foreach (var name in parameters.Keys.Where(n => aws.All(s => s.ParameterName != n)))
            problems.Add($"{name}: the template creates it but no code reads it (not in SettingsRegistry)");
        foreach (var name in secrets.Where(n => aws.All(s => s.AwsSecret != n)))
            problems.Add($"{name}: the template creates this secret but no code reads it (not in SettingsRegistry)");
        return problems;
    }

    private static IEnumerable<string> Missing(Setting setting, Dictionary<string, JsonNode?> parameters, HashSet<string> secrets, JsonObject template)
    {
        switch (setting.Aws)
        {
            case AwsSource.Secret when !secrets.Contains(setting.AwsSecret!) && !setting.Optional:
                yield return $"{setting.Name}: read from the secret {setting.AwsSecret}, which the template does not create";
                break;
            case AwsSource.Parameter when !parameters.TryGetValue(setting.ParameterName!, out var value):
                if (!setting.Optional)
                    yield return $"{setting.Name}: read from {setting.ParameterName}, which the template does not create (and it is not optional)";
                break;
            case AwsSource.Parameter when setting.AwsDefault is null && !FromRequiredParameter(parameters[setting.ParameterName!], template):
                yield return $"{setting.Name}: has no safe default, so {setting.ParameterName} must take its value from a template parameter without a default (or a resource)";
                break;
        }
    }

    private static bool FromRequiredParameter(JsonNode? value, JsonObject template) => value is JsonObject o && (
        o["Fn::GetAtt"] is not null
        || (o["Ref"] is JsonValue r && template["Parameters"]?[(string)r!] is JsonObject parameter && parameter["Default"] is null));
}
