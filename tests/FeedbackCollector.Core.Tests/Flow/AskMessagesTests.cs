using System.Text.RegularExpressions;
using FeedbackCollector.Core.Flow;
using FeedbackCollector.Core.Model;
using FeedbackCollector.Core.Tokens;

namespace FeedbackCollector.Core.Tests.Flow;

public sealed class AskMessagesTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<(FlowWorld World, OwnerDocSet Docs)> WorldAsync(string? rules = null)
    {
        var world = new FlowWorld(rules ?? FlowWorld.HappyOnlyRules);
        return (world, await world.Docs.LoadAsync(Ct));
    }

    [Fact]
    public async Task The_ask_email_has_five_star_links_in_both_parts()
    {
        var (world, docs) = await WorldAsync();
        var ask = FlowWorld.NewAsk();
        var token = await world.TokenForAsync(ask);

        var mail = world.Messages.AskEmail(ask, docs);

        for (var n = 1; n <= 5; n++)
        {
            var link = $"https://fb.example.com/t/{token}/{n}";
            mail.TextBody.Should().Contain(link);
            mail.HtmlBody.Should().Contain($"href=\"{link}\"");
        }
    }

    [Fact]
    public async Task The_reply_to_address_carries_a_compact_token_that_verifies_to_the_ask()
    {
        var (world, docs) = await WorldAsync();
        var ask = FlowWorld.NewAsk();

        var mail = world.Messages.AskEmail(ask, docs);

        var match = Regex.Match(mail.ReplyTo!, "^r-([a-z2-7]+)@reply\\.example\\.com$");
        match.Success.Should().BeTrue(mail.ReplyTo);
        mail.ReplyTo!.Split('@')[0].Length.Should().BeLessThanOrEqualTo(64);
        world.Tokens.Verify(match.Groups[1].Value.ToUpperInvariant(), FlowWorld.Start)
            .Should().Be(new TokenCheck(TokenStatus.Valid, ask.CustomerId, ask.AskId, FlowWorld.Start.AddDays(31).Date is var d ? new DateTimeOffset(d, TimeSpan.Zero) : default));
    }

    [Fact]
    public async Task Every_customer_email_has_one_click_unsubscribe_headers_and_a_visible_link()
    {
        var (world, docs) = await WorldAsync();
        var ask = FlowWorld.NewAsk();
        var unsubscribe = $"https://fb.example.com/u/{await world.TokenForAsync(ask, TokenPurpose.Unsubscribe)}";

        foreach (var mail in new[] { world.Messages.AskEmail(ask, docs), world.Messages.FollowUpEmail(ask, docs), world.Messages.ReviewNudgeEmail(ask, Bucket.Happy, docs) })
        {
            mail.Headers["List-Unsubscribe"].Should().Be($"<{unsubscribe}>");
            mail.Headers["List-Unsubscribe-Post"].Should().Be("List-Unsubscribe=One-Click");
            mail.TextBody.Should().Contain(unsubscribe);
            mail.HtmlBody.Should().Contain($"href=\"{unsubscribe}\"").And.Contain(">Unsubscribe</a>");
        }
    }

    [Fact]
    public async Task The_html_is_tables_and_inline_styles_with_no_script_classes_or_style_blocks()
    {
        var (world, docs) = await WorldAsync();

        var html = world.Messages.AskEmail(FlowWorld.NewAsk(), docs).HtmlBody!;

        html.Should().Contain("<table").And.Contain("style=\"");
        html.Should().NotContainAny("<script", "class=", "<style", "javascript:", "<form");
    }

    [Fact]
    public async Task A_customer_name_with_markup_is_escaped_in_html_and_cannot_break_the_subject()
    {
        var (world, docs) = await WorldAsync();
        var evil = FlowWorld.Ann with { FirstName = "<img src=x onerror=alert(1)>\r\nBcc: victim@example.com" };
        var ask = FlowWorld.NewAsk(customer: evil) with { VisitType = "cut\r\nX-Injected: yes" };

        var mail = world.Messages.AskEmail(ask, docs);

        mail.HtmlBody.Should().NotContain("<img").And.Contain("&lt;img src=x onerror=alert(1)&gt;");
        mail.Subject.Should().NotContainAny("\r", "\n");
    }

    [Fact]
    public async Task The_same_ask_always_gives_the_same_message_id_and_links()
    {
        var (world, docs) = await WorldAsync();
        var ask = FlowWorld.NewAsk();

        var one = world.Messages.AskEmail(ask, docs);
        var two = world.Messages.AskEmail(ask, docs);

        one.MessageId.Should().Be(two.MessageId).And.EndWith("@reply.example.com");
        one.TextBody.Should().Be(two.TextBody);
        world.Messages.FollowUpEmail(ask, docs).MessageId.Should().NotBe(one.MessageId);
    }

    [Fact]
    public async Task The_from_header_quotes_the_business_name()
    {
        var (world, docs) = await WorldAsync();

        world.Messages.AskEmail(FlowWorld.NewAsk(), docs).From.Should().Be("\"Kim's Salon\" <hello@kims.example>");
    }

    [Fact]
    public async Task The_review_nudge_for_an_unhappy_customer_uses_neutral_wording()
    {
        var (world, docs) = await WorldAsync(FlowWorld.EveryoneRules);
        var ask = FlowWorld.NewAsk();

        var happy = world.Messages.ReviewNudgeEmail(ask, Bucket.Happy, docs);
        var unhappy = world.Messages.ReviewNudgeEmail(ask, Bucket.Unhappy, docs);

        happy.TextBody.Should().Contain("glad you enjoyed");
        unhappy.TextBody.Should().NotContain("glad you enjoyed").And.Contain("/r/");
        unhappy.ReplyTo.Should().BeNull();
    }
}
