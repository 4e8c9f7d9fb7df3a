using System.Text.Json.Nodes;
using FeedbackCollector.Deploy.Tests.Support;

namespace FeedbackCollector.Deploy.Tests.Sam;

public sealed class DataInventoryTests
{
    private static readonly JsonObject Template = Templates.ExpandedAppTemplate();

    [Theory]
    [InlineData("fc-state", "customer_id", "ask_id")]
    [InlineData("fc-feedback", "customer_id", "ask_id")]
    [InlineData("fc-audit", "customer_id", "ts")]
    public void Each_table_is_on_demand_with_point_in_time_recovery_and_the_designed_key(string name, string hash, string range)
    {
        var table = Template.Single("AWS::DynamoDB::Table", t => (string?)t["TableName"] == name);

        ((string?)table["BillingMode"]).Should().Be("PAY_PER_REQUEST");
        ((bool?)table["PointInTimeRecoverySpecification"]?["PointInTimeRecoveryEnabled"]).Should().BeTrue();
        table["KeySchema"]!.AsArray().Select(k => $"{k!["AttributeName"]}:{k["KeyType"]}")
            .Should().Equal($"{hash}:HASH", $"{range}:RANGE");
    }

    [Fact]
    public void There_are_three_tables_and_the_audit_table_never_expires()
    {
        Template.OfType("AWS::DynamoDB::Table").Should().HaveCount(3);
        Template.Single("AWS::DynamoDB::Table", t => (string?)t["TableName"] == "fc-audit")
            .ContainsKey("TimeToLiveSpecification").Should().BeFalse();
    }

    [Theory]
    [InlineData("fc-customers", true, 90, 730)]
    [InlineData("fc-rules", true, 0, 0)]
    [InlineData("fc-raw-mime", false, 30, 730)]
    public void Each_bucket_is_private_encrypted_and_aged_as_designed(string prefix, bool versioned, int glacierDays, int expiryDays)
    {
        var bucket = Template.Single("AWS::S3::Bucket",
            b => (string?)b["BucketName"]?["Fn::Sub"] == prefix + "-${AWS::AccountId}-${AWS::Region}");

        ((string?)bucket["VersioningConfiguration"]?["Status"] == "Enabled").Should().Be(versioned);
        var block = bucket["PublicAccessBlockConfiguration"]!.AsObject();
        block.Select(kv => kv.Key).Should().BeEquivalentTo("BlockPublicAcls", "BlockPublicPolicy", "IgnorePublicAcls", "RestrictPublicBuckets");
        block.Should().OnlyContain(kv => (bool)kv.Value!);
        ((string?)bucket["BucketEncryption"]!["ServerSideEncryptionConfiguration"]![0]!["ServerSideEncryptionByDefault"]!["SSEAlgorithm"])
            .Should().Be("AES256");
        var rule = bucket["LifecycleConfiguration"]?["Rules"]?[0];
        ((int?)rule?["Transitions"]?[0]?["TransitionInDays"] ?? 0).Should().Be(glacierDays);
        ((string?)rule?["Transitions"]?[0]?["StorageClass"] ?? "GLACIER").Should().Be("GLACIER");
        ((int?)rule?["ExpirationInDays"] ?? 0).Should().Be(expiryDays);
    }

    [Fact]
    public void There_are_three_buckets()
    {
        Template.OfType("AWS::S3::Bucket").Should().HaveCount(3);
    }

    [Fact]
    public void The_operator_secrets_are_declared_without_values_and_the_owner_key_is_generated()
    {
        var secrets = Template.OfType("AWS::SecretsManager::Secret").Select(s => s.Properties).ToList();

        secrets.Select(s => (string?)s["Name"]).Should().BeEquivalentTo(
            "fc/token/signing-secret", "fc/pos/webhook-secret", "fc/slack/bot-token", "fc/drive/sa", "fc/owner/key",
            "fc/twilio/account-sid", "fc/twilio/auth-token");
        secrets.Should().OnlyContain(s => !s.ContainsKey("SecretString"), "no value is written into the template");
        secrets.Where(s => s.ContainsKey("GenerateSecretString")).Select(s => (string?)s["Name"]).Should().Equal("fc/owner/key");
    }

    [Fact]
    public void Operator_settings_live_under_fc_config_with_the_design_defaults_and_the_required_values_from_parameters()
    {
        var render = new Intrinsics(Template, PolicyTable.Load(Templates.PolicyTablePath).Pseudo);
        var parameters = Template.OfType("AWS::SSM::Parameter")
            .ToDictionary(p => (string)p.Properties["Name"]!, p => render.Render(p.Properties["Value"]));

        parameters.Keys.Should().OnlyContain(name => name.StartsWith("/fc/config/", StringComparison.Ordinal));
        parameters.Should().Contain("/fc/config/timezone", "Asia/Singapore")
            .And.Contain("/fc/config/channels", "email")
            .And.Contain("/fc/config/pos_scheme", "generic")
            .And.Contain("/fc/config/sender_address", "${SenderAddress}")
            .And.Contain("/fc/config/reply_domain", "${ReplyDomain}")
            .And.Contain("/fc/config/owner_email", "${OwnerEmail}");
    }
}
