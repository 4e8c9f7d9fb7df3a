namespace FeedbackCollector.Mail.Inbound.Markers;

/// <summary>
/// How mail clients write the parts of a reply that are not the customer's words, in one language:
/// the verb of an attribution ("wrote"), the titles of separator lines ("Original Message"), the labels
/// of an Outlook/Exchange header block (From/Sent/To/Subject), device taglines and out-of-office
/// phrases. Values are literal text (escaped when the patterns are built), except taglines, which are
/// regex fragments because a device name sits in the middle. <see cref="Examples"/> holds one real-looking
/// line of each kind, so every entry of the table has a test.
/// </summary>
internal sealed record ReplyLanguage(
    string Code,
    string[] Wrote,
    string[] SeparatorTitles,
    string[] FromLabels,
    string[] HeaderLabels,
    string[] Taglines,
    string[] OutOfOffice,
    LanguageExamples Examples);

/// <summary>Realistic lines as clients write them in a language; used by the tests over the table.</summary>
internal sealed record LanguageExamples(
    string Attribution,
    string Separator,
    string HeaderBlock,
    string Tagline,
    string OutOfOfficeSubject);
