using System.Text;
using FeedbackCollector.Core.Model;
using FeedbackCollector.Core.Tokens;
using FeedbackCollector.Web.Http;

namespace FeedbackCollector.App.Tests;

/// <summary>Issue 15 hole 3: each customer token works only where it was issued for; elsewhere it is a forged link.</summary>
public sealed class TokenPurposeTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static Task<WebResponse> SendAsync(AppWorld world, string method, string path) =>
        world.Web().Handle(new WebRequest(method, path, new Dictionary<string, string>(),
            new Dictionary<string, string> { ["Content-Type"] = "application/x-www-form-urlencoded" },
            Encoding.UTF8.GetBytes(method == "POST" && path.StartsWith("/t/", StringComparison.Ordinal) ? "stars=1" : ""), "203.0.113.9"), Ct);

    private static readonly (string Method, string Prefix, TokenPurpose Purpose, string Suffix)[] Uses =
    [
        ("GET", "/t/", TokenPurpose.Star, "/5"), ("POST", "/t/", TokenPurpose.Star, ""),
        ("GET", "/u/", TokenPurpose.Unsubscribe, ""), ("POST", "/u/", TokenPurpose.Unsubscribe, ""),
        ("GET", "/r/", TokenPurpose.Review, ""),
    ];

    private static string Forged(string token) => token[..^3] + (token.EndsWith("AAA", StringComparison.Ordinal) ? "BBB" : "AAA");

    [Fact]
    public async Task A_token_used_for_another_purpose_working_is_fixed_it_gets_the_same_page_as_a_forged_one()
    {
        using var world = new AppWorld();
        var (ask, _, _) = await world.SentAskAsync();
        var expires = AppWorld.Start.AddDays(30);
        var issued = Enum.GetValues<TokenPurpose>().ToDictionary(p => p, p => world.Tokens.Issue(ask.CustomerId, ask.AskId, expires, p));

        foreach (var (method, prefix, purpose, suffix) in Uses)
        {
            var forged = await SendAsync(world, method, prefix + Forged(issued[TokenPurpose.Star]) + suffix);
            forged.Status.Should().NotBe(405);
            foreach (var (other, token) in issued.Where(kv => kv.Key != purpose))
            {
                var response = await SendAsync(world, method, prefix + token + suffix);
                (response.Status, response.BodyText, response.Outcome).Should().Be((forged.Status, forged.BodyText, forged.Outcome),
                    $"a {other} token on {method} {prefix} is no better than a forged one");
            }
        }
        (await world.Suppression.IsSuppressedAsync(ask.Customer.Email!, Ct)).Should().BeFalse("no wrong-purpose token unsubscribed");
        (await world.Feedback.GetAsync(ask.CustomerId, ask.AskId, Ct)).Should().BeNull("no wrong-purpose token recorded a rating");
    }

    [Fact]
    public async Task A_token_works_for_its_own_purpose_and_links_issued_before_purposes_still_work()
    {
        using var world = new AppWorld();
        var (ask, legacy, _) = await world.SentAskAsync();
        var expires = AppWorld.Start.AddDays(30);
        await world.Audit.AppendAsync(new AuditEntry(ask.CustomerId, AppWorld.Start, ask.AskId, null, Move.ReviewNudge, "email", "system"), Ct);

        foreach (var (method, prefix, purpose, suffix) in Uses.Where(u => u.Method == "GET"))
        {
            var forged = await SendAsync(world, method, prefix + Forged(legacy) + suffix);
            var own = await SendAsync(world, method, prefix + world.Tokens.Issue(ask.CustomerId, ask.AskId, expires, purpose) + suffix);
            var old = await SendAsync(world, method, prefix + legacy + suffix);
            (own.Status, own.BodyText).Should().NotBe((forged.Status, forged.BodyText), $"a {purpose} token works on {prefix}");
            (old.Status, old.Outcome, old.BodyText.Replace(legacy, "T", StringComparison.Ordinal)).Should().Be(
                (own.Status, own.Outcome, own.BodyText.Replace(own.BodyText.Contains(prefix + legacy, StringComparison.Ordinal) ? legacy : OwnToken(own.BodyText, prefix), "T", StringComparison.Ordinal)),
                $"a link already in an inbox still works on {prefix}");
        }
    }

    /// <summary>The token a page echoes in its form action, if any ("" when the page shows none).</summary>
    private static string OwnToken(string body, string prefix)
    {
        var at = body.IndexOf("action=\"" + prefix, StringComparison.Ordinal);
        if (at < 0) return "\u0000";
        var start = at + 8 + prefix.Length;
        return body[start..body.IndexOf('"', start)];
    }

    [Fact]
    public void A_long_token_is_never_a_reply_address_and_a_reply_token_is_only_that()
    {
        var tokens = SigningSecrets.Parse("a-test-signing-secret-of-enough-length");
        var (c, a, at) = ("c" + new string('a', 20), "a" + new string('b', 20), AppWorld.Start);
        var star = tokens.Issue(c, a, at.AddDays(1), TokenPurpose.Star);
        var reply = tokens.Issue(c, a, at.AddDays(1), TokenPurpose.Reply);

        tokens.Verify(star, at, TokenPurpose.Reply).Status.Should().Be(TokenStatus.Malformed);
        tokens.Verify(reply, at, TokenPurpose.Reply).IsValid.Should().BeTrue();
        foreach (var p in new[] { TokenPurpose.Star, TokenPurpose.Unsubscribe, TokenPurpose.Review })
            tokens.Verify(reply, at, p).IsValid.Should().BeFalse();
        tokens.Verify(star, at, TokenPurpose.Unsubscribe).Status.Should().Be(TokenStatus.Tampered);
    }
}
