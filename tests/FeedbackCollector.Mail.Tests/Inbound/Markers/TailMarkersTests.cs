using FeedbackCollector.Mail.Inbound;
using FeedbackCollector.Mail.Inbound.Markers;

namespace FeedbackCollector.Mail.Tests.Inbound.Markers;

/// <summary>Disclaimers, virus-scan notices and list footers: one test per entry of the table.</summary>
public sealed class TailMarkersTests
{
    public static TheoryData<string> Examples() => [.. TailMarkers.All.Select(m => m.Example)];

    [Theory]
    [MemberData(nameof(Examples))]
    public void Boilerplate_under_the_reply_is_cut(string example) =>
        ReplyTextExtractor.Extract($"Great visit, see you soon!\n\n{example}\nMore of the same notice.").Should().Be("Great visit, see you soon!");

    [Fact]
    public void A_signature_under_a_sign_off_is_cut_but_the_sign_off_and_name_stay() =>
        ReplyTextExtractor.Extract("Lovely haircut.\n\nBest regards,\nAnn Smith\nSenior Buyer, Acme Ltd\n+1 555 0100\nwww.acme.example")
            .Should().Be("Lovely haircut.\n\nBest regards,\nAnn Smith");

    [Fact]
    public void A_sign_off_followed_by_more_text_is_not_a_signature() =>
        ReplyTextExtractor.Extract("Hi Kim,\nThanks,\nthe wait was long but the cut was worth it.\nI will be back.")
            .Should().Be("Hi Kim,\nThanks,\nthe wait was long but the cut was worth it.\nI will be back.");
}
