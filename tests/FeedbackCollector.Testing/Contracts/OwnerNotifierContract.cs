using FeedbackCollector.Core.Ports;
using static FeedbackCollector.Testing.Contracts.ContractIds;

namespace FeedbackCollector.Testing.Contracts;

/// <summary>How the owner's channel behaves for a notifier under test.</summary>
public enum OwnerChannel
{
    /// <summary>The owner is reached.</summary>
    Reachable,

    /// <summary>The address or user does not exist (a malformed owner email, Slack's channel_not_found).</summary>
    RecipientUnknown,

    /// <summary>The service is down for now (HTTP 5xx, a mail path that cannot write).</summary>
    Unavailable,

    /// <summary>The service asks us to slow down (HTTP 429).</summary>
    RateLimited,
}

/// <summary>
/// A ping as the owner sees it, read back in its medium: who got it, the text as shown once the medium's
/// escaping is undone, the markup the medium would act on (HTML tags, Slack &lt;…&gt; sequences) and the links.
/// </summary>
public sealed record DeliveredPing(string Recipient, string Shown, IReadOnlyList<string> Markup, IReadOnlyList<Uri> Links);

/// <param name="Recipient">Who a ping must reach (the owner's address, the owner's Slack user).</param>
/// <param name="Delivered">Every ping the owner received, in order.</param>
public sealed record OwnerNotifierUnderTest(
    IOwnerNotifier Notifier,
    string Recipient,
    Func<Task<IReadOnlyList<DeliveredPing>>> Delivered,
    IAsyncDisposable? Owned = null) : IAsyncDisposable
{
    public ValueTask DisposeAsync() => Owned?.DisposeAsync() ?? ValueTask.CompletedTask;
}

/// <summary>
/// What every IOwnerNotifier must do: the owner hears the customer's words exactly, unable to turn into
/// markup, mentions or links; gets one-tap contact links and never a review link (the port's promise);
/// and a failed delivery is a SendResult that says whether a retry can help, never an exception.
/// </summary>
public abstract class OwnerNotifierContract
{
    protected abstract Task<OwnerNotifierUnderTest> CreateNotifierAsync(OwnerChannel channel);

    private static readonly Uri Call = new("tel:+6591234567");
    private static readonly Uri Mail = new("mailto:dana@example.org");

    private static OwnerPing Ping(string text, params Uri[] links) =>
        new(Unique("c-"), Unique("a-"), "Dana Lee is unhappy (2 stars)", text, links);

    private static async Task<DeliveredPing> NotifyAndReadAsync(OwnerNotifierUnderTest n, OwnerPing ping)
    {
        var result = await n.Notifier.NotifyAsync(ping, Ct);
        result.Sent.Should().BeTrue(result.Error);
        result.ProviderId.Should().NotBeNullOrWhiteSpace("it says how the owner was reached");
        return (await n.Delivered()).Should().ContainSingle().Subject;
    }

    [Fact]
    public async Task A_ping_reaches_the_owner_with_the_subject_the_customers_words_and_contact_links()
    {
        await using var n = await CreateNotifierAsync(OwnerChannel.Reachable);
        var ping = Ping("The colour came out orange.\nI want it fixed this week — Zoë ☕", Call, Mail);

        var got = await NotifyAndReadAsync(n, ping);

        got.Recipient.Should().Be(n.Recipient);
        got.Shown.Should().Contain(ping.Subject).And.Contain(ping.Text);
        got.Links.Should().Contain([Call, Mail]);
    }

    [Fact]
    public async Task The_customers_words_cannot_become_markup_mentions_or_links()
    {
        await using var n = await CreateNotifierAsync(OwnerChannel.Reachable);
        const string hostile = "<b>Refund</b> & <!channel> <@U024BE7LH> <https://evil.example/x|click> <script>alert(1)</script> &amp;";

        var got = await NotifyAndReadAsync(n, Ping(hostile, Call));

        got.Shown.Should().Contain(hostile, "the owner reads exactly what the customer wrote");
        got.Markup.Should().NotContain(m => m.Contains("Refund") || m.Contains("channel") || m.Contains("U024BE7LH")
            || m.Contains("evil.example") || m.Contains("script"));
        got.Links.Should().NotContain(l => l.Host == "evil.example");
    }

    [Fact]
    public async Task A_review_link_among_the_contact_links_never_reaches_the_owner()
    {
        await using var n = await CreateNotifierAsync(OwnerChannel.Reachable);
        var review = new Uri("https://g.page/r/kopi-and-co/review");

        var got = await NotifyAndReadAsync(n, Ping("Two stars. Slow service.", Call, review));

        got.Links.Should().Equal(Call);
        got.Shown.Should().NotContain("g.page");
    }

    [Fact]
    public async Task An_unknown_recipient_is_a_permanent_failure_not_an_exception()
    {
        await using var n = await CreateNotifierAsync(OwnerChannel.RecipientUnknown);

        var result = await n.Notifier.NotifyAsync(Ping("Cold coffee.", Call), Ct);

        result.Should().BeEquivalentTo(new { Sent = false, Transient = false });
        result.Error.Should().NotBeNullOrWhiteSpace();
    }

    [Theory]
    [InlineData(OwnerChannel.Unavailable)]
    [InlineData(OwnerChannel.RateLimited)]
    public async Task A_service_that_is_down_or_busy_is_a_transient_failure_not_an_exception(OwnerChannel channel)
    {
        await using var n = await CreateNotifierAsync(channel);

        var result = await n.Notifier.NotifyAsync(Ping("Cold coffee.", Call), Ct);

        result.Should().BeEquivalentTo(new { Sent = false, Transient = true });
        result.Error.Should().NotBeNullOrWhiteSpace();
    }
}
