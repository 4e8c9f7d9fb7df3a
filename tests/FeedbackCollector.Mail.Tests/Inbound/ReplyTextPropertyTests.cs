using FeedbackCollector.Mail.Inbound;
using FsCheck;
using FsCheck.Fluent;

namespace FeedbackCollector.Mail.Tests.Inbound;

public sealed class ReplyTextPropertyTests
{
    private static readonly string[] Pieces =
    [
        "Great visit", "On Mon, 2 Mar 2026 at 09:30, Salon <s@x.y> wrote:", "> quoted", "-- ", "Sent from my iPhone",
        "-----Original Message-----", "From: Salon", "Sent: Monday", "", "  indented", "wrote:", "On", "<b>html</b>",
    ];

    [Fact]
    public void Extraction_never_invents_text_every_line_it_returns_was_in_the_reply()
    {
        var lines = Gen.ListOf(Gen.Elements(Pieces)).ToArbitrary();
        Prop.ForAll(lines, list =>
        {
            var body = string.Join("\n", list);
            var result = ReplyTextExtractor.Extract(body);
            var input = body.Split('\n').Select(l => l.Trim()).ToHashSet();
            return result.Split('\n').All(l => l.Trim().Length == 0 || input.Contains(l.Trim()));
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void A_reply_without_any_marker_comes_back_whole()
    {
        Prop.ForAll(ArbMap.Default.ArbFor<NonEmptyString>(), s =>
        {
            var text = new string(s.Get.Where(c => char.IsLetterOrDigit(c) || c == ' ').ToArray()).Trim();
            return text.Length == 0 || ReplyTextExtractor.Extract("Thanks " + text) == ("Thanks " + text).TrimEnd();
        }).QuickCheckThrowOnFailure();
    }
}
