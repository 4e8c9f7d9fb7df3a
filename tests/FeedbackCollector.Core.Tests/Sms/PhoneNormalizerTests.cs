using FeedbackCollector.Core.Sms;

namespace FeedbackCollector.Core.Tests.Sms;

public sealed class PhoneNormalizerTests
{
    [Theory]
    [InlineData("9123 4567", "SG", "+6591234567")]
    [InlineData("+65 9123-4567", null, "+6591234567")]
    [InlineData("0065 9123 4567", "GB", "+6591234567")]
    [InlineData("07911 123456", "GB", "+447911123456")]
    [InlineData("(201) 555-0123", "US", "+12015550123")]
    [InlineData("+44 7911 123456", "SG", "+447911123456")]
    public void A_number_is_normalised_to_e164_with_the_business_country_as_default(string raw, string? region, string e164) =>
        PhoneNormalizer.Normalize(raw, region).Should().Be(new PhoneCheck(e164, null));

    [Theory]
    [InlineData("9123 4567", null, "country code")]
    [InlineData("123", "SG", "not a valid number")]
    [InlineData("call me", "SG", "not a phone number")]
    [InlineData("+999 1234 5678", "SG", "country code")]
    [InlineData("", "SG", "empty")]
    public void An_invalid_number_says_why_and_has_no_e164_form(string raw, string? region, string reason)
    {
        var check = PhoneNormalizer.Normalize(raw, region);

        check.IsValid.Should().BeFalse();
        check.Problem.Should().Contain(reason);
    }
}
