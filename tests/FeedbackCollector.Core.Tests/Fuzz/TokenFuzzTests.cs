using FeedbackCollector.Core.Tokens;
using FeedbackCollector.Testing.Fuzz;
using FsCheck.Fluent;
using static FeedbackCollector.Core.Tests.Tokens.TokenGenerators;

namespace FeedbackCollector.Core.Tests.Fuzz;

/// <summary>
/// Issue 15, fuzzing: every token parser (star, unsubscribe, review, reply-address and owner tokens, and the reply
/// address itself) takes any text without throwing, within a second, and refuses anything it did not issue with a
/// status that says why (malformed, tampered, unknown key) and no claims.
/// </summary>
public sealed class TokenFuzzTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 10, 0, 0, TimeSpan.Zero);
    private static readonly AskTokens Tokens = new(KeyA, previous: KeyB);
    private static readonly OwnerTokens Owner = new(Tokens);

    /// <summary>Real tokens of every kind, for the mutator to start from.</summary>
    private static readonly string[] Seeds =
    [
        Tokens.Issue("c" + new string('a', 20), "a" + new string('b', 20), Now.AddDays(30), TokenPurpose.Star),
        Tokens.Issue("c" + new string('a', 20), "a" + new string('b', 20), Now.AddDays(30), TokenPurpose.Unsubscribe),
        Tokens.Issue("cust-1", "ask-1", Now.AddDays(30), TokenPurpose.Review),
        Tokens.Issue("c" + new string('a', 20), "a" + new string('b', 20), Now.AddDays(30), TokenPurpose.Reply),
        Tokens.Issue("cust-1", "ask-1", Now.AddDays(30)),
        Owner.Issue("cust-1", "ask-1", OwnerTokenAction.Resolve, Now.AddDays(14)),
    ];

    private static readonly string[] Words = [".", "..", "a.", "=", "-", "_", "+", "/", "|", "A", "z", "7", "0", "1", "8", "9", "%2E", "\0"];

    private static FsCheck.Arbitrary<string> Inputs => Mutations.TextArb(Mutations.TextLike(Seeds, Words));

    [Fact]
    public void Any_text_presented_as_a_customer_token_for_any_purpose_is_refused_with_a_reason_unless_it_was_issued_for_it()
    {
        FuzzRun.ForAll(Inputs, token =>
        {
            foreach (var purpose in Enum.GetValues<TokenPurpose>())
            {
                var check = Tokens.Verify(token, Now, purpose);
                if (check.IsValid && !IssuedFor(token, purpose)) Fail(token, $"accepted for {purpose} but not issued for it");
                if (!check.IsValid && check.Status != TokenStatus.Expired && (check.CustomerId ?? check.AskId) is not null)
                    Fail(token, $"refused as {check.Status} but came back with claims");
            }
        });
    }

    [Fact]
    public void Any_text_presented_as_an_owner_token_is_refused_with_a_reason_unless_it_was_issued_as_one()
    {
        FuzzRun.ForAll(Inputs, token =>
        {
            var check = Owner.Verify(token, Now);
            if (check.IsValid && token != Seeds[^1]) Fail(token, "accepted as an owner token");
            if (!check.IsValid && check.Status != TokenStatus.Expired && check.Action is not null) Fail(token, $"refused as {check.Status} with an action");
        });
    }

    [Fact]
    public void Any_recipient_list_yields_either_no_token_or_the_local_part_of_an_address_at_the_reply_domain()
    {
        var addresses = Mutations.TextArb(Mutations.TextLike(
            [.. Seeds.Select(s => ReplyAddress.Format(s, "reply.example.com")), "<r-abc@REPLY.example.com.>", "r-@reply.example.com"],
            [.. Words, "@", "<", ">", "r-", "R-", "reply.example.com", "@reply.example.com", " "]));
        FuzzRun.ForAll(addresses, address =>
        {
            var token = ReplyAddress.TokenOf(address, "reply.example.com");
            if (token is not null && !address.Contains(token, StringComparison.Ordinal)) Fail(address, $"token {token} is not in the address");
            if (token is not null && token.Length > ReplyAddress.MaxLocalPart) Fail(address, "a token longer than a local part");
            var first = ReplyAddress.FirstToken(address.Split(','), "reply.example.com");
            if (first is not null) Tokens.Verify(first, Now, TokenPurpose.Reply);
        });
    }

    private static bool IssuedFor(string token, TokenPurpose purpose)
    {
        var index = Array.IndexOf(Seeds, token);
        var folded = Array.FindIndex(Seeds, s => s.Equals(token, StringComparison.OrdinalIgnoreCase) && !s.Contains('.', StringComparison.Ordinal));
        return (index, purpose) switch
        {
            (0, TokenPurpose.Star) or (1, TokenPurpose.Unsubscribe) or (2, TokenPurpose.Review) => true,
            (4, not TokenPurpose.Reply) => true,
            _ => purpose == TokenPurpose.Reply && folded == 3,
        };
    }

    private static void Fail(string input, string what) => throw new FuzzFailureException($"{what}; input {FuzzRun.Describe(input)}");
}
