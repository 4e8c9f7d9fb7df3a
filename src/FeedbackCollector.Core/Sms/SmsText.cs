using FeedbackCollector.Core.Voice;

namespace FeedbackCollector.Core.Sms;

/// <summary>
/// The shape of every SMS we send: the owner's words, one link, and the opt-out line carriers expect.
/// The voice.txt check measures the same shape with sample values, so a message the owner writes is
/// known to fit before it is ever sent.
/// </summary>
public static class SmsText
{
    public const string OptOutLine = "Reply STOP to opt out";

    /// <summary>The most segments an ask may take (each segment is billed as one SMS).</summary>
    public const int MaxAskSegments = 2;

    /// <summary>Sample values a little longer than most, so the check errs on the safe side.</summary>
    public static IReadOnlyDictionary<string, string> SampleValues { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["first_name"] = "Alexandra",
        ["business"] = "Kopi & Co Hair Studio",
        ["visit_type"] = "appointment",
        ["review_link"] = "https://g.page/r/CdEfGhIjKlMnOpQrStU/review",
    };

    /// <summary>A star-page link as long as ours are (a base URL, /t/ and a signed token).</summary>
    public const string SampleLink = "https://feedback.example.com/t/AbCdEfGhIjKlMnOpQrStUvWxYz0123456789AbCdEfGhIjKlMnOpQrSt";

    /// <summary>The ask: the owner's text, then the star-page link, then the opt-out line.</summary>
    public static string Ask(string rendered, Uri link)
    {
        ArgumentNullException.ThrowIfNull(link);
        return Ask(rendered, link.AbsoluteUri);
    }

    /// <summary>A message with its link already inside (the review nudge), then the opt-out line.</summary>
    public static string WithOptOut(string rendered) => rendered.TrimEnd() + "\n" + OptOutLine;

    private static string Ask(string rendered, string link) => rendered.TrimEnd() + " " + link + "\n" + OptOutLine;

    /// <summary>How long the ask of this template is with the sample values.</summary>
    public static SmsLength MeasureAsk(string template) =>
        SmsSegments.Count(Ask(TemplateRenderer.Render(template, SampleValues, Medium.PlainText), SampleLink));
}
