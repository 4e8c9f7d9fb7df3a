using FeedbackCollector.Testing;
using MimeKit;

namespace FeedbackCollector.Mail.Tests.Inbound.Scoring;

/// <summary>
/// The shared reply corpora as <see cref="ReplyCase"/>s, each a bare body (the text part of talon's .eml
/// files, zapier's and discourse's plain bodies), so every parser gets the same input.
/// </summary>
public static class ReplyCorpora
{
    /// <summary>zapier's own expectations (see <see cref="ZapierCorpusTests"/>): the reply's opening, and a quoted name where its tests name one.</summary>
    private static readonly (string Name, string Keep, string Cut)[] Zapier =
    [
        ("correct_sig", "this is an email with a correct -- signature.", ""), ("email_1_1", "Hi folks\n\nWhat is the best way to clear a Riak bucket", ""),
        ("email_1_2", "You can list the keys for the bucket and call delete for each.", "Abhishek Kona wrote"), ("email_1_3", "Having the function would be great.", "Russell Brown wrote"),
        ("email_1_4", "Awesome! I haven't had another problem with it.", ""), ("email_1_5", "One: Here's what I've got.", ""), ("email_1_6", "I get proper rendering as well.", ""),
        ("email_1_7", ":+1:", ""), ("email_1_8", "I will reply under this one", "Example Dev"), ("email_2_1", "Outlook with a reply", ""),
        ("email_2_2", "Outlook with a reply directly above line", ""), ("email_2_3", "Outlook with a reply above headers using unusual format", ""),
        ("email_BlackBerry", "Here is another email", ""), ("email_bullets", "test 2 this should list second", ""), ("email_gmail", "This is a test for inbox replying to a github message.", ""),
        ("email_headers_no_delimiter", "And another reply!", ""), ("email_iPhone", "Here is another email", ""), ("email_multi_word_sent_from_my_mobile_device", "Here is another email", ""),
        ("email_one_is_not_on", "One outstanding question I had:", "Dave Tapley wrote"), ("email_partial_quote_header", "On your remote host you can run:", "George Plymale wrote"),
        ("email_sent_from_my_not_signature", "Sent from my desk, is much easier then my mobile phone.", ""), ("email_sig_delimiter_in_middle_of_line", "And here is a fix -- this is not a signature.", ""),
        ("greedy_on", "On your remote host you can run:", "George Plymale wrote"), ("pathological", "I think you're onto something.", "John Sullivan"),
    ];

    public static IReadOnlyList<ReplyCase> Talon()
    {
        var folder = Corpora.PathOf("replies/talon");
        return [.. Directory.GetFiles(folder, "*.eml").Order(StringComparer.Ordinal).Select(path =>
        {
            var name = Path.GetFileNameWithoutExtension(path);
            var body = MimeMessage.Load(path).TextBody ?? "";
            var expectedFile = Path.Combine(folder, name + "_reply_text");
            // talon keeps some signatures ("Sent from my iPhone"); they are neither required nor forbidden here.
            var expected = File.Exists(expectedFile) ? File.ReadAllText(expectedFile) : "Hello";
            return new ReplyCase("talon", name, body, ["Hello"], ReplyCase.CutLines(body, expected));
        })];
    }

    public static IReadOnlyList<ReplyCase> ZapierCases()
    {
        var folder = Corpora.PathOf("replies/zapier");
        return [.. Zapier.Select(z => new ReplyCase("zapier", z.Name, File.ReadAllText(Path.Combine(folder, z.Name + ".txt")),
            [z.Keep], z.Cut.Length == 0 ? [] : [z.Cut]))];
    }

    public static IReadOnlyList<ReplyCase> Discourse()
    {
        var folder = Corpora.PathOf("replies/discourse");
        return [.. Directory.GetFiles(Path.Combine(folder, "emails"), "*.txt").Order(StringComparer.Ordinal).Select(path =>
        {
            var name = Path.GetFileNameWithoutExtension(path);
            var body = File.ReadAllText(path);
            var trimmed = File.ReadAllText(Path.Combine(folder, "trimmed", name + ".txt"));
            // Discourse keeps some quoted lines ("> …") under or between answers; quotes are not the customer's
            // words, so for every parser they are neither required nor forbidden.
            var keep = trimmed.Replace("\r", "", StringComparison.Ordinal).Split('\n')
                .Where(l => !string.IsNullOrWhiteSpace(l) && !l.TrimStart().StartsWith('>')).ToList();
            return new ReplyCase("discourse", name, body, keep, ReplyCase.CutLines(body, trimmed));
        })];
    }

    public static IReadOnlyList<ReplyCase> All() => [.. Talon(), .. ZapierCases(), .. Discourse()];
}
