using System.Text.Json.Nodes;
using FeedbackCollector.Deploy.Tests.Support;

namespace FeedbackCollector.Deploy.Tests.Sam;

public sealed class SesInboundStackTests
{
    private static readonly JsonObject Template = Templates.ReadYaml(Templates.SesTemplatePath);

    [Fact]
    public void One_scanned_rule_for_the_reply_domain_stores_raw_mime_then_stops()
    {
        ((string?)Template.OfType("AWS::SES::ReceiptRuleSet").Single().Properties["RuleSetName"]).Should().Be("fc-inbound-rules");
        var rule = Template.OfType("AWS::SES::ReceiptRule").Single().Properties["Rule"]!;

        ((bool?)rule["ScanEnabled"]).Should().BeTrue();
        ((string?)rule["Recipients"]![0]!["Ref"]).Should().Be("ReplyDomain");
        var actions = rule["Actions"]!.AsArray();
        actions.Select(a => a!.AsObject().Single().Key).Should().Equal("S3Action", "StopAction");
        ((string?)actions[0]!["S3Action"]!["ObjectKeyPrefix"]).Should().Be("inbound/");
    }

    [Fact]
    public void Only_ses_for_this_account_and_this_rule_may_write_into_the_bucket()
    {
        var statement = Template.OfType("AWS::S3::BucketPolicy").Single().Properties["PolicyDocument"]!["Statement"]!.AsArray().Single()!;

        ((string?)statement["Principal"]!["Service"]).Should().Be("ses.amazonaws.com");
        ((string?)statement["Action"]).Should().Be("s3:PutObject");
        ((string?)statement["Condition"]!["StringEquals"]!["aws:SourceAccount"]!["Ref"]).Should().Be("AWS::AccountId");
        ((string?)statement["Condition"]!["ArnLike"]!["aws:SourceArn"]!["Fn::Sub"])
            .Should().EndWith(":receipt-rule-set/fc-inbound-rules:receipt-rule/fc-reply");
    }
}
