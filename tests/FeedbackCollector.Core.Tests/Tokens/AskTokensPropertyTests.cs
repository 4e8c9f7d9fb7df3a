using FeedbackCollector.Core.Tokens;
using FsCheck;
using FsCheck.Fluent;
using static FeedbackCollector.Core.Tests.Tokens.TokenGenerators;

namespace FeedbackCollector.Core.Tests.Tokens;

public sealed class AskTokensPropertyTests
{
    private static readonly AskTokens Tokens = new(KeyA);

    [Fact]
    public void Any_long_token_verifies_with_the_claims_it_was_issued_for()
    {
        Prop.ForAll(Arb.From(LongClaims), claims =>
        {
            var check = Tokens.Verify(Tokens.Issue(claims.CustomerId, claims.AskId, claims.ExpiresAt), claims.ExpiresAt.AddSeconds(-1));
            return check == new TokenCheck(TokenStatus.Valid, claims.CustomerId, claims.AskId, WholeSeconds(claims.ExpiresAt));
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Any_compact_token_verifies_with_its_claims_and_an_expiry_rounded_up_to_a_day()
    {
        Prop.ForAll(Arb.From(CompactClaims), claims =>
        {
            var check = Tokens.Verify(Tokens.IssueCompact(claims.CustomerId, claims.AskId, claims.ExpiresAt), claims.ExpiresAt.AddSeconds(-1));
            return check.Status == TokenStatus.Valid && check.CustomerId == claims.CustomerId && check.AskId == claims.AskId
                && check.ExpiresAt >= claims.ExpiresAt && check.ExpiresAt < claims.ExpiresAt.AddDays(1)
                && check.ExpiresAt!.Value.TimeOfDay == TimeSpan.Zero;
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void A_compact_token_is_short_lower_case_mail_safe_and_survives_upper_casing()
    {
        Prop.ForAll(Arb.From(CompactClaims), claims =>
        {
            var token = Tokens.IssueCompact(claims.CustomerId, claims.AskId, claims.ExpiresAt);
            var now = claims.ExpiresAt.AddDays(-1);
            return token.Length <= 64
                && System.Text.RegularExpressions.Regex.IsMatch(token, "^[a-z0-9-]+$")
                && Tokens.Verify(token.ToUpperInvariant(), now) == Tokens.Verify(token, now)
                && Tokens.Verify(token.ToUpperInvariant(), now).IsValid;
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Any_single_character_change_to_a_long_token_is_rejected()
    {
        var gen = from claims in LongClaims
                  from position in Gen.Choose(0, 1000)
                  from replacement in AnyChar
                  select (claims, position, replacement);
        Prop.ForAll(Arb.From(gen), input =>
        {
            var (claims, position, replacement) = input;
            var token = Tokens.Issue(claims.CustomerId, claims.AskId, claims.ExpiresAt);
            var changed = Substitute(token, position % token.Length, replacement);
            return changed == token || Tokens.Verify(changed, claims.ExpiresAt.AddDays(-1)).Status != TokenStatus.Valid;
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Any_single_character_change_to_a_compact_token_other_than_its_case_is_rejected()
    {
        var gen = from claims in CompactClaims
                  from position in Gen.Choose(0, AskTokens.CompactLength - 1)
                  from replacement in AnyChar
                  select (claims, position, replacement);
        Prop.ForAll(Arb.From(gen), input =>
        {
            var (claims, position, replacement) = input;
            var token = Tokens.IssueCompact(claims.CustomerId, claims.AskId, claims.ExpiresAt);
            var sameLetter = char.ToLowerInvariant(replacement) == token[position] && replacement < 128;
            var changed = Substitute(token, position, replacement);
            return sameLetter || Tokens.Verify(changed, claims.ExpiresAt.AddDays(-1)).Status != TokenStatus.Valid;
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void After_rotation_the_previous_key_still_verifies_and_a_removed_key_is_unknown()
    {
        var rotatedOnce = new AskTokens(KeyB, previous: KeyA);
        var rotatedTwice = new AskTokens(KeyC, previous: KeyB);
        Prop.ForAll(Arb.From(CompactClaims), claims =>
        {
            var now = claims.ExpiresAt.AddDays(-1);
            var tokens = new[]
            {
                Tokens.Issue(claims.CustomerId, claims.AskId, claims.ExpiresAt),
                Tokens.IssueCompact(claims.CustomerId, claims.AskId, claims.ExpiresAt),
            };
            return tokens.All(t => rotatedOnce.Verify(t, now).IsValid)
                && tokens.All(t => rotatedTwice.Verify(t, now).Status == TokenStatus.UnknownKey);
        }).QuickCheckThrowOnFailure();
    }

    private static string Substitute(string text, int position, char replacement) =>
        string.Concat(text.AsSpan(0, position), replacement.ToString(), text.AsSpan(position + 1));
}
