using System.Text;
using FeedbackCollector.Mail.Inbound;
using FeedbackCollector.Testing.Fuzz;

namespace FeedbackCollector.Mail.Tests.Fuzz;

/// <summary>
/// Issue 15, fuzzing: the MIME reader (SMTP and SES inbound) and the reply-text path (a raw .eml or a bare body) read
/// any bytes, mutated from real replies, without throwing and within a second; mail they cannot read comes back
/// not-Ok with a problem that says why; what they keep stays inside the limits.
/// </summary>
public sealed class InboundMailFuzzTests
{
    private static FsCheck.Arbitrary<byte[]> Mail => Mutations.BytesArb(Mutations.BytesLike(MimeSeeds.Messages, MimeSeeds.Words));

    [Fact]
    public void Any_raw_message_is_read_without_throwing_and_an_unreadable_one_says_why()
    {
        FuzzRun.ForAll(Mail, raw =>
        {
            Check(raw, InboundReply.Parse(raw));
            using var stream = new MemoryStream(raw);
            Check(raw, InboundReply.Parse(stream));
        });
    }

    [Fact]
    public void Any_input_to_reply_text_eml_or_bare_body_is_read_without_throwing_and_an_unreadable_one_says_why()
    {
        FuzzRun.ForAll(Mail, raw => Check(raw, ReplyInput.Parse(raw)));
    }

    [Fact]
    public void Any_text_goes_through_the_reply_extractor_without_throwing_and_within_its_cap()
    {
        var texts = Mutations.TextArb(Mutations.TextLike(MimeSeeds.Messages, MimeSeeds.Words));
        // Cut to the body cap as both production paths do before these run; uncapped bodies are HostileBodyTests' (a looser bound).
        FuzzRun.ForAll(texts, raw =>
        {
            var text = raw.Length > ReplyLimits.Default.MaxTextChars ? raw[..ReplyLimits.Default.MaxTextChars] : raw;
            if (ReplyTextExtractor.Extract(text, 500).Length > 500) Fail(Encoding.UTF8.GetBytes(text), "extracted text over its cap");
            HtmlToText.Convert(text);
            AutoReplyDetector.FromFirstLines(text);
        });
    }

    private static void Check(byte[] raw, ReplyParseResult result)
    {
        if (!result.Ok && (result.Problems.Count == 0 || result.Problems.Any(string.IsNullOrWhiteSpace))) Fail(raw, "refused without saying why");
        if (result.Problems.Any(string.IsNullOrWhiteSpace)) Fail(raw, "an empty problem");
        if (result.NewText.Length > ReplyLimits.Default.MaxReplyChars) Fail(raw, $"kept {result.NewText.Length} characters of reply");
        if (result.Recipients.Any(r => !string.Equals(r, r.ToLowerInvariant(), StringComparison.Ordinal) || r.Trim().Length == 0)) Fail(raw, "a recipient that is not a lower-cased address");
    }

    private static void Fail(byte[] input, string what) => throw new FuzzFailureException($"{what}; input {FuzzRun.Describe(input)}");
}
