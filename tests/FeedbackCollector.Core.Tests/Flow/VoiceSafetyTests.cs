using FeedbackCollector.Core.Model;

namespace FeedbackCollector.Core.Tests.Flow;

/// <summary>The owner's wording cannot undo the safety rules: placeholders only get the values each message may carry.</summary>
public sealed class VoiceSafetyTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private const string Voice = """
        Nudge text: You said: {message}. Review us: {review_link}
        Owner ping: {first_name} said "{message}". Their review link would be {review_link}. Call {customer_contact}.
        """;

    [Fact]
    public async Task A_nudge_template_naming_the_message_never_carries_the_customers_words()
    {
        var world = new FlowWorld(FlowWorld.EveryoneRules);
        (await world.Docs.UpdateVoiceAsync(Voice, Ct)).Accepted.Should().BeTrue();
        var ask = await world.SentAskAsync();

        await world.TapAndDispatchAsync(await world.TokenForAsync(ask), 1, "The stylist was rude to me", Ct);

        var nudge = world.Mailer.Sent.Should().ContainSingle().Subject;
        nudge.TextBody.Should().NotContain("rude");
        nudge.HtmlBody.Should().NotContain("rude");
        world.Owner.Pings.Should().ContainSingle().Which.Text.Should().Contain("The stylist was rude to me");
    }

    [Fact]
    public async Task An_owner_ping_template_naming_the_review_link_gets_no_link()
    {
        var world = new FlowWorld(FlowWorld.HappyOnlyRules);
        (await world.Docs.UpdateVoiceAsync(Voice, Ct)).Accepted.Should().BeTrue();
        var ask = await world.SentAskAsync();

        await world.TapAndDispatchAsync(await world.TokenForAsync(ask), 2, "Too long a wait", Ct);

        var ping = world.Owner.Pings.Should().ContainSingle().Subject;
        ping.Text.Should().NotContain("https://").And.Contain("Too long a wait").And.Contain("+65 9123 4567");
        world.Mailer.Sent.Should().BeEmpty();
    }

    [Fact]
    public async Task A_happy_customers_nudge_uses_the_owners_wording()
    {
        var world = new FlowWorld();
        (await world.Docs.UpdateVoiceAsync("Nudge text: Thanks {first_name}! {review_link}\n", Ct)).Accepted.Should().BeTrue();
        var ask = await world.SentAskAsync();

        await world.TapAndDispatchAsync(await world.TokenForAsync(ask), 5, null, Ct);

        world.Mailer.Sent.Should().ContainSingle().Which.TextBody.Should().StartWith("Thanks Ann! https://fb.example.com/r/");
        world.Audit.All.Should().ContainSingle().Which.Bucket.Should().Be(Bucket.Happy);
    }
}
