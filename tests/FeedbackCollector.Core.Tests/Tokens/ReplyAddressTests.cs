using FeedbackCollector.Core.Tokens;

namespace FeedbackCollector.Core.Tests.Tokens;

/// <summary>
/// Regression for the two TokenOf of issue 9 (one checked the domain and the length, one did not):
/// ReplyAddress is now the only parser of the reply-to address, for the SMTP listener and the SES path alike.
/// </summary>
public sealed class ReplyAddressTests
{
    private const string Domain = "reply.example.com";
    private const string Token = "abcdefghijklmnop2345";

    [Fact]
    public void It_reads_the_token_of_an_address_it_formatted() =>
        ReplyAddress.TokenOf(ReplyAddress.Format(Token, Domain), Domain).Should().Be(Token);

    [Theory]
    [InlineData("r-abcdefghijklmnop2345@elsewhere.example.net")]
    [InlineData("r-abcdefghijklmnop2345@reply.example.com.evil.net")]
    [InlineData("r-abcdefghijklmnop2345@example.com")]
    public void A_recipient_at_another_domain_yields_no_token(string address) =>
        ReplyAddress.TokenOf(address, Domain).Should().BeNull();

    [Theory]
    [InlineData("R-abcdefghijklmnop2345@reply.example.com")]
    [InlineData("r-abcdefghijklmnop2345@REPLY.Example.COM")]
    [InlineData("r-abcdefghijklmnop2345@reply.example.com.")]
    public void The_prefix_and_the_domain_are_read_without_regard_to_case(string address) =>
        ReplyAddress.TokenOf(address, Domain).Should().Be(Token);

    [Theory]
    [InlineData("abcdefghijklmnop2345@reply.example.com")]
    [InlineData("x-abcdefghijklmnop2345@reply.example.com")]
    public void An_address_without_the_r_prefix_yields_no_token(string address) =>
        ReplyAddress.TokenOf(address, Domain).Should().BeNull();

    [Fact]
    public void A_local_part_longer_than_64_characters_yields_no_token()
    {
        var longest = "r-" + new string('a', ReplyAddress.MaxLocalPart - 2);
        ReplyAddress.TokenOf(longest + "@" + Domain, Domain).Should().Be(new string('a', 62));
        ReplyAddress.TokenOf(longest + "a@" + Domain, Domain).Should().BeNull();
    }

    [Fact]
    public void Angle_brackets_around_the_address_are_tolerated() =>
        ReplyAddress.TokenOf($" <r-{Token}@{Domain}> ", Domain).Should().Be(Token);

    [Fact]
    public void The_first_recipient_at_the_reply_domain_gives_the_token() =>
        ReplyAddress.FirstToken(["r-other@elsewhere.example.net", "owner@example.com", $"r-{Token}@{Domain}"], Domain).Should().Be(Token);
}
