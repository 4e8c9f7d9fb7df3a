using FeedbackCollector.Core.Rules;
using FeedbackCollector.Core.Sms;
using FeedbackCollector.Core.Voice;

namespace FeedbackCollector.Core.Tests.Sms;

public sealed class SmsVoiceTests
{
    [Fact]
    public void The_built_in_sms_ask_fits_in_one_segment_with_its_link_and_opt_out_line() =>
        SmsText.MeasureAsk(VoiceDefaults.Templates[VoiceKey.SmsAsk]).Segments.Should().BeLessThanOrEqualTo(SmsText.MaxAskSegments);

    [Fact]
    public void Sms_ask_and_sms_nudge_are_read_from_voice_txt_with_the_same_placeholders()
    {
        var result = VoiceDocParser.Parse("SMS ask: Hi {First Name}, how was {business}?\nSMS nudge: Thanks! Review us: {review_link}\n");

        result.Problems.Should().BeEmpty();
        result.Value!.Template(VoiceKey.SmsAsk).Should().Be("Hi {first_name}, how was {business}?");
        result.Value.Template(VoiceKey.SmsNudge).Should().Be("Thanks! Review us: {review_link}");
    }

    [Fact]
    public void An_sms_ask_longer_than_two_segments_is_an_error_on_its_heading_line()
    {
        var result = VoiceDocParser.Parse("Ask subject: Hello\n\nSMS ask:\n" + string.Join(' ', Enumerable.Repeat("Thanks for visiting {business}!", 10)) + "\n");

        result.Errors.Should().ContainSingle().Which.Should().Match<DocProblem>(p => p.Line == 3 && p.Message.Contains("within 2"));
    }

    [Fact]
    public void An_emoji_in_the_sms_ask_is_named_as_the_reason_it_no_longer_fits()
    {
        var result = VoiceDocParser.Parse("SMS ask: Hi {first_name}! ☕ Thanks for visiting {business} today, we hope you loved your {visit_type}. How did we do?\n");

        result.Errors.Should().ContainSingle().Which.Message.Should().Contain("emoji");
    }

    [Fact]
    public void An_unknown_placeholder_in_the_sms_ask_is_an_error_with_its_line() =>
        VoiceDocParser.Parse("SMS ask: Hi {frist_name} at {business}\n").Errors.Should().ContainSingle()
            .Which.Should().Match<DocProblem>(p => p.Line == 1 && p.Message.Contains("did you mean {first_name}?"));

    [Fact]
    public void An_sms_nudge_without_the_review_link_is_a_warning() =>
        VoiceDocParser.Parse("SMS nudge: Thanks {first_name}!\n").Problems.Should().ContainSingle()
            .Which.Message.Should().Contain("{review_link}");
}
