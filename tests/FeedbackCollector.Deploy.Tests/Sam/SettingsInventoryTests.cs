using FeedbackCollector.App.Settings;
using FeedbackCollector.Deploy.Tests.Support;
using FeedbackCollector.Testing;

namespace FeedbackCollector.Deploy.Tests.Sam;

public sealed class SettingsInventoryTests
{
    [Fact]
    public void The_template_creates_every_setting_the_code_reads_and_nothing_the_code_does_not_read()
    {
        SettingsCheck.Problems(Templates.ExpandedAppTemplate()).Should().BeEmpty();
    }

    [Fact]
    public void Removing_the_owner_email_parameter_from_the_template_fails_the_check()
    {
        var problems = SettingsCheck.Problems(ExpandMutated(text => Cut(text, "  OwnerEmailParameter:\n", 3)));

        problems.Should().ContainSingle().Which.Should().StartWith("owner_email: read from /fc/config/owner_email, which the template does not create");
    }

    [Fact]
    public void A_parameter_no_code_reads_fails_the_check()
    {
        const string Unread = """
              QuietHoursParameter:
                Type: AWS::SSM::Parameter
                Properties: { Name: /fc/config/quiet-hours, Type: String, Value: "21:00-09:00" }

            """;
        var problems = SettingsCheck.Problems(ExpandMutated(text =>
            text.Insert(text.IndexOf("  TimezoneParameter:\n", StringComparison.Ordinal), Unread)));

        problems.Should().ContainSingle().Which.Should().Be("/fc/config/quiet-hours: the template creates it but no code reads it (not in SettingsRegistry)");
    }

    [Fact]
    public void A_required_value_with_a_default_in_the_template_fails_the_check()
    {
        var problems = SettingsCheck.Problems(ExpandMutated(text => text.Replace(
            "  OwnerEmail:\n    Type: String\n", "  OwnerEmail:\n    Type: String\n    Default: owner@example.com\n", StringComparison.Ordinal)));

        problems.Should().ContainSingle().Which.Should().StartWith("owner_email: has no safe default");
    }

    [Fact]
    public void Every_setting_has_one_snake_case_name_and_its_old_spellings_name_no_other_setting()
    {
        var all = SettingsRegistry.All;

        all.Select(s => s.Name).Should().OnlyHaveUniqueItems().And.OnlyContain(n => System.Text.RegularExpressions.Regex.IsMatch(n, "^[a-z][a-z0-9_]*$"));
        all.SelectMany(s => s.Renamed).Should().OnlyHaveUniqueItems().And.NotIntersectWith(all.Select(s => s.Name));
    }

    [Fact]
    public void Docs_settings_md_has_one_row_per_setting()
    {
        var doc = File.ReadAllText(RepoPaths.Of("docs", "settings.md"));

        foreach (var setting in SettingsRegistry.All) doc.Should().Contain($"| `{setting.Name}` |", "docs/settings.md lists every setting");
    }

    private static System.Text.Json.Nodes.JsonObject ExpandMutated(Func<string, string> mutate)
    {
        var text = File.ReadAllText(Templates.AppTemplatePath);
        var copy = Path.Combine(Path.GetTempPath(), $"fc-settings-{Guid.NewGuid():N}.yaml");
        var mutated = mutate(text);
        mutated.Should().NotBe(text, "the mutation must change the template");
        File.WriteAllText(copy, mutated);
        try
        {
            return Templates.Expand(copy);
        }
        finally
        {
            File.Delete(copy);
        }
    }

    private static string Cut(string text, string start, int lines)
    {
        var at = text.IndexOf(start, StringComparison.Ordinal);
        at.Should().BeGreaterThanOrEqualTo(0);
        var end = at;
        for (var i = 0; i < lines; i++) end = text.IndexOf('\n', end) + 1;
        return text.Remove(at, end - at);
    }
}
