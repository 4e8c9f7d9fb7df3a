using FsCheck;
using FsCheck.Fluent;
using FeedbackCollector.Core.Rules;
using FeedbackCollector.Core.Voice;

namespace FeedbackCollector.Core.Tests.Voice;

public sealed class VoiceDocParserTests
{
    private static VoiceDoc Ok(string text)
    {
        var result = VoiceDocParser.Parse(text);
        result.Errors.Should().BeEmpty();
        return result.Value!;
    }

    [Fact]
    public void The_example_in_docs_voice_md_parses_with_no_problems_and_sets_every_section()
    {
        var result = VoiceDocParser.Parse(DocExamples.FirstTextBlock("voice.md"));
        result.Problems.Should().BeEmpty();
        var doc = result.Value!;
        doc.Template(VoiceKey.AskSubject).Should().Be("How was your {visit_type} at {business} today?");
        doc.Template(VoiceKey.AskText).Should().Be(
            "Hi {first_name},\n\nThank you for coming to {business} today! We'd love to know how your {visit_type} went.\n" +
            "Tap a star below, or simply reply to this email — Kim reads every answer.");
        doc.Template(VoiceKey.StarPrompt).Should().Be("How many stars would you give your {visit_type}?");
        doc.Template(VoiceKey.FollowUpSubject).Should().Be("A quick tap for {business}?");
        doc.Template(VoiceKey.NudgeText).Should().EndWith("It really helps a small salon like ours:\n{review_link}");
        doc.Template(VoiceKey.ThanksHappy).Should().Be("Thank you, {first_name}! See you next time at {business}.");
        doc.Template(VoiceKey.ThanksUnhappy).Should().StartWith("We're sorry, {first_name}.");
        doc.Template(VoiceKey.ThanksUnclear).Should().Be("Thank you, {first_name}. We've passed your message to Kim.");
        doc.Template(VoiceKey.OwnerPing).Should().Be("{first_name} was unhappy after a {visit_type} ({stars}).\nThey said: \"{message}\"\nReach them: {customer_contact}");
        foreach (var key in Enum.GetValues<VoiceKey>())
        {
            doc.Template(key).Should().NotBe(VoiceDefaults.Templates[key], $"the example should show every section, and {key} is left at its default");
        }
    }

    [Fact]
    public void A_missing_section_keeps_the_built_in_wording()
    {
        var doc = Ok("Ask subject: Hello from {business}");
        doc.Template(VoiceKey.AskSubject).Should().Be("Hello from {business}");
        doc.Template(VoiceKey.AskText).Should().Be(VoiceDefaults.Templates[VoiceKey.AskText]);
        doc.Templates.Should().HaveCount(Enum.GetValues<VoiceKey>().Length);
    }

    [Fact]
    public void An_empty_doc_uses_all_the_built_in_wording_with_a_warning()
    {
        var result = VoiceDocParser.Parse("");
        result.Ok.Should().BeTrue();
        result.Value!.Templates.Should().BeEquivalentTo(VoiceDefaults.Templates);
        result.Warnings.Should().ContainSingle();
    }

    [Fact]
    public void A_text_block_runs_from_its_heading_to_the_next_and_keeps_inner_paragraphs()
    {
        var doc = Ok("Ask text:\n\nHi {first_name},\n\nthanks!\n\nStar prompt: Stars?");
        doc.Template(VoiceKey.AskText).Should().Be("Hi {first_name},\n\nthanks!");
        doc.Template(VoiceKey.StarPrompt).Should().Be("Stars?");
    }

    [Fact]
    public void Headings_tolerate_capitals_bullets_dashes_brackets_and_google_docs_quotes()
    {
        var doc = Ok("• FOLLOW\u2013UP SUBJECT:\u00A0Still there?\r\n- thank you (Happy): Yay \u201C{first_name}\u201D\r\n");
        doc.Template(VoiceKey.FollowUpSubject).Should().Be("Still there?");
        doc.Template(VoiceKey.ThanksHappy).Should().Be("Yay \"{first_name}\"");
    }

    [Fact]
    public void Placeholders_are_written_back_in_their_canonical_form()
    {
        Ok("Ask subject: Hi {First Name} from { Business }").Template(VoiceKey.AskSubject).Should().Be("Hi {first_name} from {business}");
    }

    [Fact]
    public void Text_lines_with_a_colon_inside_a_section_stay_text()
    {
        Ok("Owner ping:\nCustomer: {first_name}\nSaid: {message}").Template(VoiceKey.OwnerPing).Should().Be("Customer: {first_name}\nSaid: {message}");
    }

    [Fact]
    public void Rendering_a_parsed_doc_escapes_customer_words_for_each_medium()
    {
        var doc = Ok("Owner ping: {first_name} said {message}");
        var values = new Dictionary<string, string> { ["first_name"] = "Ann", ["message"] = "<!channel> & <b>bad</b>" };
        doc.Render(VoiceKey.OwnerPing, values, Medium.Slack).Should().Be("Ann said &lt;!channel&gt; &amp; &lt;b&gt;bad&lt;/b&gt;");
        doc.Render(VoiceKey.OwnerPing, values, Medium.Html).Should().Be("Ann said &lt;!channel&gt; &amp; &lt;b&gt;bad&lt;/b&gt;");
        doc.Render(VoiceKey.OwnerPing, values, Medium.PlainText).Should().Be("Ann said <!channel> & <b>bad</b>");
    }

    [Theory]
    [InlineData("Ask text: Hi {firstname}!", "{firstname} is not a placeholder I know; did you mean {first_name}?")]
    [InlineData("Ask text: Hi {customer_email}", "{customer_email} is not a placeholder I know")]
    [InlineData("Ask text: Hi {first_name, welcome", "opens a { that is never closed")]
    [InlineData("Ask text: Hi {first_{name}}", "opens a { that is never closed")]
    [InlineData("Ask text: Hi first_name}", "there is a \"}\" with no \"{\" before it")]
    [InlineData("Ask text: Hi {} there", "is an empty placeholder")]
    public void A_placeholder_mistake_is_an_error_on_its_line(string line, string expected)
    {
        var result = VoiceDocParser.Parse("# our words\nAsk subject: Hello\n\n" + line + "\n");
        result.Value.Should().BeNull();
        result.Errors.Should().ContainSingle().Which.Should().Match<DocProblem>(p => p.Line == 4 && p.Message.Contains(expected));
    }

    [Fact]
    public void A_placeholder_mistake_deep_in_a_block_is_reported_on_its_own_line()
    {
        var result = VoiceDocParser.Parse("Ask text:\nHi {first_name},\nthanks for visiting.\nSee you at {bussiness}!\n");
        result.Errors.Single().Should().Match<DocProblem>(p => p.Line == 4 && p.Message.Contains("did you mean {business}?"));
    }

    [Fact]
    public void A_subject_that_runs_onto_a_second_line_is_an_error_on_that_line()
    {
        var result = VoiceDocParser.Parse("Ask subject:\nHow was it?\nTell us!\n");
        result.Errors.Single().Should().Match<DocProblem>(p => p.Line == 3 && p.Message.Contains("must fit on one line"));
    }

    [Fact]
    public void An_unknown_heading_is_a_warning_and_its_text_is_skipped()
    {
        var result = VoiceDocParser.Parse("Ask subject: Hi\nBirthday message:\nHappy birthday {first_name}!\nStar prompt: Stars?\n");
        result.Ok.Should().BeTrue();
        result.Warnings.Single().Should().Match<DocProblem>(p => p.Line == 2 && p.Message.Contains("\"Birthday message\" is not a heading I know"));
        result.Value!.Template(VoiceKey.AskSubject).Should().Be("Hi");
        result.Value.Template(VoiceKey.StarPrompt).Should().Be("Stars?");
    }

    [Fact]
    public void A_misspelt_heading_gets_a_suggestion()
    {
        VoiceDocParser.Parse("Ask subject: Hi\nNuge text:\nPlease review us {review_link}").Warnings.Single().Message.Should().Contain("did you mean \"Nudge text:\"?");
    }

    [Fact]
    public void Text_above_the_first_heading_is_a_warning()
    {
        var result = VoiceDocParser.Parse("Hello there\nAsk subject: Hi");
        result.Warnings.Single().Should().Match<DocProblem>(p => p.Line == 1 && p.Message.Contains("not under any heading"));
    }

    [Fact]
    public void A_heading_written_twice_warns_and_the_later_one_wins()
    {
        var result = VoiceDocParser.Parse("Ask subject: One\nAsk subject: Two\n");
        result.Value!.Template(VoiceKey.AskSubject).Should().Be("Two");
        result.Warnings.Single().Should().Match<DocProblem>(p => p.Line == 2 && p.Message.Contains("first on line 1"));
    }

    [Fact]
    public void A_heading_with_no_text_keeps_the_built_in_wording_with_a_warning()
    {
        var result = VoiceDocParser.Parse("Ask subject:\n\nStar prompt: Stars?");
        result.Value!.Template(VoiceKey.AskSubject).Should().Be(VoiceDefaults.Templates[VoiceKey.AskSubject]);
        result.Warnings.Single().Line.Should().Be(1);
    }

    [Fact]
    public void A_nudge_without_the_review_link_warns()
    {
        VoiceDocParser.Parse("Nudge text: Thanks so much!").Warnings.Single().Message.Should().Contain("{review_link}");
    }

    [Fact]
    public void Any_text_at_all_parses_without_throwing()
    {
        Prop.ForAll<string>(s =>
        {
            var r = VoiceDocParser.Parse(s ?? "");
            return r.Problems.All(p => p.Line >= 1) && (r.Value is null) == r.Errors.Any();
        }).QuickCheckThrowOnFailure();
    }
}
