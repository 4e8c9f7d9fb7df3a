using System.Buffers.Text;
using System.Diagnostics;
using System.Text;
using FeedbackCollector.Core.Model;
using FeedbackCollector.Core.Tokens;
using static FeedbackCollector.Core.Tests.Tokens.TokenGenerators;

namespace FeedbackCollector.Core.Tests.Tokens;

public sealed class AskTokensTests
{
    private static readonly DateTimeOffset Expires = new(2026, 12, 1, 8, 30, 0, TimeSpan.Zero);
    private static readonly string Customer = AskId.ForCustomer("ann@example.com", null);
    private static readonly string Ask = AskId.ForVisit("shopify", "450789469");
    private readonly AskTokens _tokens = new(KeyA);

    [Fact]
    public void A_star_link_token_is_url_safe()
    {
        _tokens.Issue(Customer, Ask, Expires).Should().MatchRegex("^[A-Za-z0-9_.-]+$");
    }

    [Fact]
    public void A_compact_token_made_from_real_ids_is_61_base32_characters()
    {
        var token = _tokens.IssueCompact(Customer, Ask, Expires);

        token.Should().MatchRegex("^[a-z2-7]{61}$");
        _tokens.Verify(token, Expires.AddHours(-1))
            .Should().Be(new TokenCheck(TokenStatus.Valid, Customer, Ask, new DateTimeOffset(2026, 12, 2, 0, 0, 0, TimeSpan.Zero)));
    }

    [Fact]
    public void A_token_is_valid_until_its_expiry_and_expired_from_then_on_with_its_claims()
    {
        var token = _tokens.Issue(Customer, Ask, Expires);

        _tokens.Verify(token, Expires.AddSeconds(-1)).Status.Should().Be(TokenStatus.Valid);
        _tokens.Verify(token, Expires).Should().Be(new TokenCheck(TokenStatus.Expired, Customer, Ask, Expires));
        _tokens.Verify(token, Expires.AddYears(1)).Status.Should().Be(TokenStatus.Expired);
    }

    [Fact]
    public void A_token_signed_with_another_secret_under_the_same_key_id_is_tampered()
    {
        var forger = new AskTokens(Key('a', 99));

        _tokens.Verify(forger.Issue(Customer, Ask, Expires), Expires.AddDays(-1)).Should().Be(TokenCheck.Refused(TokenStatus.Tampered));
        _tokens.Verify(forger.IssueCompact(Customer, Ask, Expires), Expires.AddDays(-1)).Status.Should().Be(TokenStatus.Tampered);
    }

    [Fact]
    public void A_long_token_whose_payload_was_re_encoded_for_another_customer_is_tampered()
    {
        var parts = _tokens.Issue(Customer, Ask, Expires).Split('.');
        var payload = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(parts[1]));
        var forged = payload.Replace(Customer, AskId.ForCustomer("mallory@example.com", null), StringComparison.Ordinal);
        var token = string.Join('.', parts[0], Base64Url.EncodeToString(Encoding.UTF8.GetBytes(forged)), parts[2]);

        _tokens.Verify(token, Expires.AddDays(-1)).Status.Should().Be(TokenStatus.Tampered);
    }

    [Fact]
    public void A_token_naming_a_key_we_do_not_hold_is_unknown_key()
    {
        var other = new AskTokens(Key('z', 1));

        _tokens.Verify(other.Issue(Customer, Ask, Expires), Expires.AddDays(-1)).Status.Should().Be(TokenStatus.UnknownKey);
        _tokens.Verify(other.IssueCompact(Customer, Ask, Expires), Expires.AddDays(-1)).Status.Should().Be(TokenStatus.UnknownKey);
    }

    [Theory]
    [InlineData("")]
    [InlineData("a")]
    [InlineData("a..")]
    [InlineData("a.b.c")]
    [InlineData("a.Yy5h.AAAA")]
    [InlineData("A.Y3xhfDE.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("a.Y3xhfDE.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=")]
    [InlineData("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa1")]
    [InlineData("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")]
    [InlineData("aaaa-aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")]
    public void Text_that_is_not_a_token_is_malformed(string text)
    {
        _tokens.Verify(text, Expires).Should().Be(TokenCheck.Refused(TokenStatus.Malformed));
    }

    [Fact]
    public void A_compact_token_is_case_insensitive_only_for_ascii_letters_not_for_look_alikes()
    {
        var withKeyK = new AskTokens(Key('k', 5));
        var token = withKeyK.IssueCompact(Customer, Ask, Expires);

        withKeyK.Verify("K" + token[1..], Expires.AddDays(-1)).Status.Should().Be(TokenStatus.Valid);
        withKeyK.Verify("\u212A" + token[1..], Expires.AddDays(-1)).Status.Should().Be(TokenStatus.Malformed, "the Kelvin sign is not a K");
    }

    [Fact]
    public void A_long_token_with_a_non_canonical_expiry_is_malformed()
    {
        var parts = _tokens.Issue("c1", "a1", Expires).Split('.');
        var padded = $"c1|a1|0{Expires.ToUnixTimeSeconds()}";
        var token = string.Join('.', parts[0], Base64Url.EncodeToString(Encoding.UTF8.GetBytes(padded)), parts[2]);

        _tokens.Verify(token, Expires.AddDays(-1)).Status.Should().Be(TokenStatus.Malformed);
    }

    [Fact]
    public void An_absurdly_long_input_is_refused_before_any_work()
    {
        var huge = new string('a', 5_000_000) + "." + new string('b', 5_000_000);
        _tokens.Verify("warm.up.jit", Expires);
        var watch = Stopwatch.StartNew();

        var check = _tokens.Verify(huge, Expires);

        check.Status.Should().Be(TokenStatus.Malformed);
        watch.Elapsed.Should().BeLessThan(TimeSpan.FromMilliseconds(50));
    }

    [Theory]
    [InlineData("")]
    [InlineData("ab")]
    [InlineData("A")]
    [InlineData("1")]
    [InlineData("8")]
    [InlineData("-")]
    public void A_signing_key_id_outside_one_base32_letter_is_refused(string id)
    {
        var act = () => new SigningKey(id, new byte[32]);
        act.Should().Throw<ArgumentException>().WithMessage("*one character*");
    }

    [Fact]
    public void A_signing_key_with_a_short_secret_is_refused_and_its_text_never_shows_the_secret()
    {
        var act = () => new SigningKey("a", new byte[15]);
        act.Should().Throw<ArgumentException>().WithMessage("*16 bytes*");
        KeyA.ToString().Should().Be("SigningKey { Id = a }");
    }

    [Fact]
    public void A_plain_secret_rotated_to_another_keeps_its_id_and_tokens_of_both_verify()
    {
        var now = DateTimeOffset.UnixEpoch.AddDays(100);
        var old = new AskTokens(KeyA).Issue("c1", "a1", now.AddDays(1));
        var rotated = new AskTokens(Key('a', 7), KeyA);

        rotated.Verify(old, now).Status.Should().Be(TokenStatus.Valid, "the previous key is tried under the same id");
        rotated.Verify(rotated.Issue("c1", "a1", now.AddDays(1)), now).Status.Should().Be(TokenStatus.Valid);
        new AskTokens(Key('a', 7)).Verify(old, now).Status.Should().Be(TokenStatus.Tampered);
    }

    [Theory]
    [InlineData("", "a1")]
    [InlineData("c|1", "a1")]
    [InlineData("c 1", "a1")]
    [InlineData("c1", "é")]
    public void Ids_that_cannot_travel_in_a_long_token_are_refused(string customerId, string askId)
    {
        var act = () => _tokens.Issue(customerId, askId, Expires);
        act.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void Ids_not_made_by_AskId_are_refused_for_the_compact_form()
    {
        var upper = () => _tokens.IssueCompact(Customer.ToUpperInvariant(), Ask, Expires);
        var swapped = () => _tokens.IssueCompact(Ask, Customer, Expires);
        var beforeEpoch = () => _tokens.IssueCompact(Customer, Ask, DateTimeOffset.UnixEpoch.AddSeconds(-1));

        upper.Should().Throw<ArgumentException>();
        swapped.Should().Throw<ArgumentException>();
        beforeEpoch.Should().Throw<ArgumentOutOfRangeException>();
    }
}
