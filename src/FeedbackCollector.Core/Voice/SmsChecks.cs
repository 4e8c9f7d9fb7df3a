using FeedbackCollector.Core.Rules;
using FeedbackCollector.Core.Sms;

namespace FeedbackCollector.Core.Voice;

/// <summary>What voice.txt's SMS wording must satisfy: the ask fits in two segments with its link and opt-out line, and names the business; the nudge carries the review link.</summary>
internal static class SmsChecks
{
    public static void Check(VoiceReadState state, ProblemList problems)
    {
        if (state.Sections.TryGetValue(VoiceKey.SmsAsk, out var ask))
        {
            var line = state.HeadingLines[VoiceKey.SmsAsk];
            var length = SmsText.MeasureAsk(ask);
            if (length.Segments > SmsText.MaxAskSegments)
            {
                var why = length.Encoding == SmsEncoding.Ucs2
                    ? " (it has a character outside the basic SMS alphabet, such as an emoji or a curly quote, so each part holds only 67 characters)"
                    : "";
                problems.Error(line, $"SMS ask would take {length.Segments} text messages with its link and \"{SmsText.OptOutLine}\"{why}; keep it within {SmsText.MaxAskSegments}, shorten it.");
            }
            if (!ask.Contains("{business}", StringComparison.Ordinal))
                problems.Warn(line, "SMS ask has no {business}, so customers won't know who is texting them.");
        }
        if (state.Sections.TryGetValue(VoiceKey.SmsNudge, out var nudge))
        {
            var line = state.HeadingLines[VoiceKey.SmsNudge];
            if (!nudge.Contains("{review_link}", StringComparison.Ordinal))
                problems.Warn(line, "SMS nudge has no {review_link}, so happy customers texted won't get the link to your review page.");
            var length = SmsSegments.Count(SmsText.WithOptOut(TemplateRenderer.Render(nudge, SmsText.SampleValues, Medium.PlainText)));
            if (length.Segments > SmsText.MaxAskSegments)
                problems.Warn(line, $"SMS nudge would take {length.Segments} text messages; keep it within {SmsText.MaxAskSegments}.");
        }
    }
}
