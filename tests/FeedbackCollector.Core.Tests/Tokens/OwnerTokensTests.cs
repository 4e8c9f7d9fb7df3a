using FeedbackCollector.Core.Tokens;

namespace FeedbackCollector.Core.Tests.Tokens;

public sealed class OwnerTokensTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 1, 0, 0, TimeSpan.Zero);
    private static readonly AskTokens Keys = SigningSecrets.Parse("a-test-signing-secret-of-enough-length");
    private readonly OwnerTokens _owner = new(Keys);

    [Fact]
    public void An_owner_token_names_one_answer_and_one_action_until_it_expires()
    {
        var token = _owner.Issue("c1", "a1", OwnerTokenAction.Resolve, Now + OwnerTokens.Lifetime);

        _owner.Verify(token, Now).Should().Be(new OwnerTokenCheck(TokenStatus.Valid, "c1", "a1", OwnerTokenAction.Resolve, Now + OwnerTokens.Lifetime));
        _owner.Verify(token, Now + OwnerTokens.Lifetime).Status.Should().Be(TokenStatus.Expired);
    }

    [Fact]
    public void A_token_whose_action_was_changed_is_refused_as_tampered()
    {
        var parts = _owner.Issue("c1", "a1", OwnerTokenAction.Dismiss, Now.AddDays(1)).Split('.');
        var payload = System.Text.Encoding.UTF8.GetString(System.Buffers.Text.Base64Url.DecodeFromChars(parts[1])).Replace("dismiss", "happy", StringComparison.Ordinal);
        var forged = parts[0] + "." + System.Buffers.Text.Base64Url.EncodeToString(System.Text.Encoding.UTF8.GetBytes(payload)) + "." + parts[2];

        _owner.Verify(forged, Now).Status.Should().Be(TokenStatus.Tampered);
    }

    [Fact]
    public void A_star_token_is_never_an_owner_token_nor_an_owner_token_a_star_token()
    {
        var star = Keys.Issue("c1", "a1", Now.AddDays(1));
        var ownerToken = _owner.Issue("c1", "a1", OwnerTokenAction.Happy, Now.AddDays(1));

        _owner.Verify(star, Now).IsValid.Should().BeFalse();
        Keys.Verify(ownerToken, Now).IsValid.Should().BeFalse();
    }

    [Fact]
    public void A_token_signed_with_another_secret_is_refused()
    {
        var other = new OwnerTokens(SigningSecrets.Parse("another-signing-secret-of-enough-length"));

        _owner.Verify(other.Issue("c1", "a1", OwnerTokenAction.Happy, Now.AddDays(1)), Now).Status.Should().Be(TokenStatus.Tampered);
        _owner.Verify("not.a.token", Now).Status.Should().Be(TokenStatus.Malformed);
    }
}
