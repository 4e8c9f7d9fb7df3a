using FeedbackCollector.Core.Sms;

namespace FeedbackCollector.Core.Tests.Sms;

public sealed class SmsSegmentsTests
{
    // Known vectors: GSM-7 160/153 septets, UCS-2 70/67 units (3GPP TS 23.038 / 23.040).
    [Theory]
    [InlineData(0, 0)]
    [InlineData(1, 1)]
    [InlineData(160, 1)]
    [InlineData(161, 2)]
    [InlineData(306, 2)]
    [InlineData(307, 3)]
    [InlineData(459, 3)]
    [InlineData(460, 4)]
    public void It_counts_gsm7_text_as_160_septets_in_one_message_and_153_per_part(int length, int segments) =>
        SmsSegments.Count(new string('a', length)).Should().Be(new SmsLength(SmsEncoding.Gsm7, length, segments));

    [Theory]
    [InlineData(70, 1)]
    [InlineData(71, 2)]
    [InlineData(134, 2)]
    [InlineData(135, 3)]
    public void It_counts_ucs2_text_as_70_units_in_one_message_and_67_per_part(int length, int segments) =>
        SmsSegments.Count("ō" + new string('a', length - 1)).Should().Be(new SmsLength(SmsEncoding.Ucs2, length, segments));

    [Fact]
    public void An_extension_character_like_the_euro_sign_takes_two_septets() =>
        SmsSegments.Count("€" + new string('a', 158)).Should().Be(new SmsLength(SmsEncoding.Gsm7, 160, 1));

    [Fact]
    public void An_escape_pair_at_a_part_boundary_moves_whole_to_the_next_part() =>
        // 152 septets, then "€" (2) does not fit the 153 of part one: 152 | 2 + 151 | 1, three parts for 306 septets.
        SmsSegments.Count(new string('a', 152) + "€" + new string('a', 152)).Should().Be(new SmsLength(SmsEncoding.Gsm7, 306, 3));

    [Theory]
    [InlineData("Kopi & Co: how was it? @ £5 ¥ è é ù ì ò Ç Ø Å Δ _ ß É ¡ ¿ Ä Ö Ñ Ü § ä ö ñ ü à", SmsEncoding.Gsm7)]
    [InlineData("Tap here [1] {2} ~ | ^ \\ €", SmsEncoding.Gsm7)]
    [InlineData("How was your visit? ☕", SmsEncoding.Ucs2)]
    [InlineData("We’re glad", SmsEncoding.Ucs2)]
    [InlineData("Zoë", SmsEncoding.Ucs2)]
    public void A_single_character_outside_the_gsm7_alphabet_makes_the_whole_text_ucs2(string text, SmsEncoding encoding) =>
        SmsSegments.Count(text).Encoding.Should().Be(encoding);

    [Fact]
    public void An_emoji_counts_two_ucs2_units_and_is_never_split() =>
        SmsSegments.Count(new string('a', 66) + "😀" + new string('a', 66)).Should().Be(new SmsLength(SmsEncoding.Ucs2, 134, 3));
}
