using FeedbackCollector.Lambda.Composition;
using FeedbackCollector.Lambda.Roles;
using FeedbackCollector.Lambda.Tests.Support;
using FeedbackCollector.Testing;

namespace FeedbackCollector.Lambda.Tests.Composition;

public sealed class LambdaSettingsTests
{
    [Fact]
    public void With_no_variables_set_the_design_names_are_used()
    {
        var settings = LambdaSettings.From(new FakeEnvironment());

        settings.Region.Should().Be("ap-southeast-1");
        (settings.StateTable, settings.FeedbackTable, settings.AuditTable).Should().Be(("fc-state", "fc-feedback", "fc-audit"));
        settings.ConfigPath.Should().Be("/fc/config/");
        settings.EndpointUrl.Should().BeNull();
        settings.FunctionNames[Role.Router].Should().Be("fc-router");
    }

    [Fact]
    public void Variables_override_the_defaults_and_blank_ones_do_not()
    {
        var settings = LambdaSettings.From(new FakeEnvironment(new()
        {
            ["FC_STATE_TABLE"] = "app-state", ["AWS_ENDPOINT_URL"] = "http://127.0.0.1:5000", ["FC_AUDIT_TABLE"] = " ",
        }));

        settings.StateTable.Should().Be("app-state");
        settings.EndpointUrl.Should().Be("http://127.0.0.1:5000");
        settings.AuditTable.Should().Be("fc-audit");
    }

    [Fact]
    public void Docs_aws_md_names_every_variable_and_secret()
    {
        var doc = File.ReadAllText(RepoPaths.Of("docs", "aws.md"));

        foreach (var (name, _) in LambdaSettings.Variables) doc.Should().Contain(name);
        foreach (var secret in new[] { RoleSecrets.SigningSecret, RoleSecrets.WebhookSecret, RoleSecrets.SlackBotToken, RoleSecrets.DriveServiceAccount, RoleSecrets.OwnerKey,
            RoleSecrets.TwilioAccountSid, RoleSecrets.TwilioAuthToken })
        {
            doc.Should().Contain(secret);
        }
    }

    [Fact]
    public void Router_reads_no_secret_and_no_role_reads_a_secret_it_has_no_use_for()
    {
        RoleSecrets.For(Role.Router).Should().BeEmpty();
        RoleSecrets.For(Role.IntakeWebhook).Should().Equal(RoleSecrets.WebhookSecret, RoleSecrets.DriveServiceAccount);
        RoleSecrets.For(Role.ReplyHandler).Should().Equal(RoleSecrets.SigningSecret, RoleSecrets.OwnerKey, RoleSecrets.TwilioAuthToken);
        Enum.GetValues<Role>().Where(r => r is not (Role.RequestBuilder or Role.Dispatch))
            .SelectMany(RoleSecrets.For).Should().NotContain(RoleSecrets.TwilioAccountSid, "only the roles that send SMS sign in to Twilio");
        // intake-webhook appends each sale to the owner's sheet (issue 12), so it holds the service account too.
        Enum.GetValues<Role>().Where(r => r is not (Role.DriveSync or Role.CalendarSync or Role.IntakeWebhook))
            .SelectMany(RoleSecrets.For).Should().NotContain(RoleSecrets.DriveServiceAccount);
    }
}
