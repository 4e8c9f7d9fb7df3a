using FeedbackCollector.Core.Model;

namespace FeedbackCollector.Core.Tests.Model;

public sealed class AskIdTests
{
    [Fact]
    public void Ids_are_the_stored_ones_a_prefix_and_the_first_20_rfc4648_base32_chars_of_sha256()
    {
        // Computed outside .NET (python: base64.b32encode(hashlib.sha256(key).digest()).lower()[:20]): stored asks keep their ids.
        AskId.ForVisit("shopify", "1001").Should().Be("almfafivbahkpvzxlpiyd");
        AskId.ForCustomer("ann@example.com", null).Should().Be("cyzije5spysyeyzrghrr5");
        Base32.Encode([0xff, 0x00, 0x10]).Should().Be("74aba");
    }

    [Fact]
    public void The_same_visit_always_gives_the_same_ask_id()
    {
        AskId.ForVisit("shopify", "450789469").Should().Be(AskId.ForVisit("Shopify ", " 450789469"));
    }

    [Fact]
    public void Different_visits_give_different_ask_ids()
    {
        AskId.ForVisit("shopify", "1").Should().NotBe(AskId.ForVisit("shopify", "2"));
        AskId.ForVisit("square", "1").Should().NotBe(AskId.ForVisit("shopify", "1"));
    }

    [Fact]
    public void An_ask_id_is_short_lower_case_and_mail_safe()
    {
        AskId.ForVisit("csv", "row-17").Should().MatchRegex("^a[a-z2-7]{20}$");
    }

    [Fact]
    public void A_customer_is_the_same_whatever_the_case_of_their_email()
    {
        AskId.ForCustomer("Ann@Example.com", null).Should().Be(AskId.ForCustomer(" ann@example.com", "+65 1234"));
    }

    [Fact]
    public void A_customer_without_email_or_phone_is_refused()
    {
        var act = () => AskId.ForCustomer(" ", null);
        act.Should().Throw<ArgumentException>().WithMessage("*email or a phone*");
    }

    [Theory]
    [InlineData("")]
    [InlineData("f")]
    [InlineData("fo")]
    [InlineData("foobar")]
    public void Base32_round_trips_any_bytes(string text)
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes(text);
        Base32.TryDecode(Base32.Encode(bytes).ToUpperInvariant()).Should().Equal(bytes);
    }
}
