using FeedbackCollector.Mail.Inbound;

namespace FeedbackCollector.Mail.Tests.Inbound;

public sealed class ReplyTextExtractorTests
{
    [Theory]
    [InlineData("Le lun. 2 mars 2026 à 09:30, Salon <hello@salon.example> a écrit :")]
    [InlineData("Am Mo., 2. März 2026 um 09:30 Uhr schrieb Salon <hello@salon.example>:")]
    [InlineData("El lun, 2 mar 2026 a las 09:30, Salon (<hello@salon.example>) escribió:")]
    [InlineData("Il giorno lun 2 mar 2026 alle ore 09:30 Salon <hello@salon.example> ha scritto:")]
    [InlineData("Op ma 2 mrt. 2026 om 09:30 schreef Salon <hello@salon.example>:")]
    [InlineData("Em seg., 2 de mar. de 2026 às 09:30, Salon <hello@salon.example> escreveu:")]
    [InlineData("W dniu 2.03.2026 o 09:30 Salon <hello@salon.example> napisał:")]
    [InlineData("2026年3月2日(月) 9:30 Salon <hello@salon.example>:")]
    [InlineData("On Mon, Mar 2, 2026 at 9:30 AM Salon <hello@salon.example> wrote:")]
    public void Attribution_lines_in_many_languages_start_the_quote(string attribution)
    {
        var body = $"Très bien, merci\n\n{attribution}\n\n> How was your visit?\n";

        ReplyTextExtractor.Extract(body).Should().Be("Très bien, merci");
    }

    [Fact]
    public void An_attribution_wrapped_over_three_lines_is_recognised()
    {
        const string body = "All good\n\nOn Mon, Mar 2, 2026 at 9:30 AM, Salon\n<hello@salon.example>\nwrote:\n\n> How was it?";

        ReplyTextExtractor.Extract(body).Should().Be("All good");
    }

    [Theory]
    [InlineData("-----Original Message-----")]
    [InlineData("----- Original Message -----")]
    [InlineData("-----Ursprüngliche Nachricht-----")]
    [InlineData("-------- Message d'origine --------")]
    [InlineData("Begin forwarded message:")]
    public void Original_message_separators_end_the_reply(string separator)
    {
        ReplyTextExtractor.Extract($"Fine thanks\n\n{separator}\nFrom: x\nHow was it?").Should().Be("Fine thanks");
    }

    [Theory]
    [InlineData("Sent from my iPhone")]
    [InlineData("Sent from my Galaxy")]
    [InlineData("Envoyé de mon iPhone")]
    [InlineData("Von meinem iPhone gesendet")]
    [InlineData("Enviado desde mi iPhone")]
    [InlineData("Get Outlook for Android")]
    public void Mobile_signatures_are_removed(string signature)
    {
        ReplyTextExtractor.Extract($"Lovely haircut\n\n{signature}").Should().Be("Lovely haircut");
    }

    [Fact]
    public void A_customer_sentence_mentioning_wrote_is_kept()
    {
        const string body = "The receptionist wrote:\nnothing down, so my booking was lost.";

        ReplyTextExtractor.Extract(body).Should().Be(body);
    }

    [Fact]
    public void Text_below_a_quote_is_kept_as_a_bottom_posted_answer()
    {
        ReplyTextExtractor.Extract("On 2 Mar 2026, Salon wrote:\n> How was it?\nToo long a wait").Should().Be("Too long a wait");
    }

    [Fact]
    public void An_angle_bracket_quote_is_dropped_wherever_it_is()
    {
        ReplyTextExtractor.Extract("> How was it?\nGreat").Should().Be("Great");
    }

    [Fact]
    public void Very_long_text_is_cut_to_the_cap()
    {
        ReplyTextExtractor.Extract(new string('a', 500), maxChars: 100).Should().HaveLength(100);
    }
}
