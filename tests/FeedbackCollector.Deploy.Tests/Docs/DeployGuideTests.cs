using FeedbackCollector.Testing;

namespace FeedbackCollector.Deploy.Tests.Docs;

public sealed class DeployGuideTests
{
    private static readonly string Guide = File.ReadAllText(RepoPaths.Of("docs", "deploy.md"));

    [Theory]
    [InlineData("_domainkey", "the DKIM records")]
    [InlineData("v=spf1 include:amazonses.com", "the SPF record")]
    [InlineData("--production-access-enabled", "leaving the SES sandbox")]
    [InlineData("set-active-receipt-rule-set --rule-set-name fc-inbound-rules", "activating the receipt rule set")]
    [InlineData("MX  10  inbound-smtp.", "the MX record of the reply domain")]
    [InlineData("sam deploy --config-env ses", "deploying the SES stack separately")]
    [InlineData("token.actions.githubusercontent.com", "the OIDC deploy role")]
    public void The_guide_walks_through_each_step_to_a_first_ask(string text, string step)
    {
        Guide.Should().Contain(text, "docs/deploy.md must cover " + step);
    }

    [Theory]
    [InlineData("fc/token/signing-secret")]
    [InlineData("fc/pos/webhook-secret")]
    [InlineData("fc/slack/bot-token")]
    [InlineData("fc/drive/sa")]
    [InlineData("fc/owner/key")]
    public void The_guide_says_how_to_set_every_declared_secret(string secret)
    {
        Guide.Should().Contain("--secret-id " + secret);
        File.ReadAllText(RepoPaths.Of("sam", "template.yaml")).Should().Contain("Name: " + secret);
    }
}
