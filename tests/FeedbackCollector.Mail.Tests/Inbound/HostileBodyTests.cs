using System.Diagnostics;
using System.Text;
using FeedbackCollector.Mail.Inbound;

namespace FeedbackCollector.Mail.Tests.Inbound;

/// <summary>
/// The cap: a 1 MB hostile body finishes in under a second. Each body is built to hit one
/// weakness (a regex that backtracks, a scan per line, nesting kept on a stack) and goes through the
/// paths production uses: a bare body through <see cref="ReplyInput"/> and a whole message through
/// <see cref="InboundReply"/> (both apply <see cref="ReplyLimits"/>), and plain text straight through the
/// extractor with no cap at all (a looser bound: it guards linearity, not the cap). The bound is generous for a shared CI machine, because a quadratic or
/// exponential slip takes minutes, not a second; the class runs alone so other tests do not eat its second.
/// </summary>
[Collection(nameof(HostileBodyTests))]
[CollectionDefinition(nameof(HostileBodyTests), DisableParallelization = true)]
public sealed class HostileBodyTests
{
    private const int Megabyte = 1024 * 1024;

    public static TheoryData<string> Bodies() =>
    [
        "one 1 MB line",
        "one 1 MB line of quote markers",
        "100k quote marker lines",
        "100k nested blockquotes",
        "100k nested quote containers",
        "attribution look-alikes",
        "outlook header look-alikes",
        "tagline look-alikes",
        "sign-off lines",
        "unclosed tags",
    ];

    [Theory]
    [MemberData(nameof(Bodies))]
    public void A_one_megabyte_hostile_bare_body_is_read_in_under_a_second(string kind)
    {
        var raw = Encoding.UTF8.GetBytes(Build(kind));
        Warm();
        var watch = Stopwatch.StartNew();

        ReplyInput.Parse(raw).Ok.Should().BeTrue();

        watch.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(1), kind);
    }

    [Theory]
    [MemberData(nameof(Bodies))]
    public void A_one_megabyte_hostile_message_is_read_in_under_a_second(string kind)
    {
        var body = Build(kind);
        var type = body.StartsWith('<') ? "html" : "plain";
        var raw = Encoding.UTF8.GetBytes($"From: ann@example.com\r\nTo: r-abc@reply.example\r\nSubject: Re: visit\r\nContent-Type: text/{type}; charset=utf-8\r\n\r\n{body}");
        Warm();
        var watch = Stopwatch.StartNew();

        InboundReply.Parse(raw).Ok.Should().BeTrue();

        watch.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(1), kind);
    }

    [Theory]
    [MemberData(nameof(Bodies))]
    public void A_one_megabyte_hostile_text_needs_no_cap_to_stay_linear(string kind)
    {
        var body = Build(kind);
        if (body.StartsWith('<')) return; // HTML is only ever converted under the text cap, see the tests above
        Warm();
        var watch = Stopwatch.StartNew();

        ReplyTextExtractor.Extract(body);
        AutoReplyDetector.FromFirstLines(body);

        // Five times the capped path's text, so a few seconds on a loaded machine; a super-linear slip takes minutes.
        watch.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(5), kind);
    }

    /// <summary>The patterns are built once per process; that one-off cost is not the body's.</summary>
    private static void Warm() => ReplyInput.Parse(Encoding.UTF8.GetBytes("<p>Fine</p>\nOn Mon, 2 Mar 2026 Kim <k@x.example> wrote:\n> hi\nThanks,\nAnn"));

    private static string Build(string kind) => kind switch
    {
        "one 1 MB line" => "On " + new string('1', Megabyte) + " wrote:",
        "one 1 MB line of quote markers" => new string('>', Megabyte),
        "100k quote marker lines" => Repeat(">\n", 100_000) + Repeat("> > > a\n", 100_000),
        "100k nested blockquotes" => Repeat("<blockquote>", 100_000) + "x" + Repeat("</blockquote>", 100_000),
        "100k nested quote containers" => Repeat("<div class=\"gmail_quote\">", 40_000) + "x",
        "attribution look-alikes" => Repeat("On Mon, 2 Mar 2026 at 09:30 Kim <k@salon.example> wrot\n", 20_000),
        "outlook header look-alikes" => Repeat("From: Kim <k@salon.example>\nnot a header\n", 30_000),
        "tagline look-alikes" => Repeat("Sent from my " + new string('x', 200) + ", please excuse " + new string('y', 200) + "\n", 2_500),
        "sign-off lines" => Repeat("Thanks,\n", 130_000),
        "unclosed tags" => Repeat("<div class=\"", 90_000),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    private static string Repeat(string piece, int times) => new StringBuilder(piece.Length * times).Insert(0, piece, times).ToString();
}
