namespace FeedbackCollector.Mail.Tests.Inbound.Scoring;

/// <summary>
/// Our extraction beside the npm peers (email-reply-parser 2.3.9, planer 1.2.0) on the same bare bodies
/// with the same comparison. Prints the table (scripts/bench eval shows it too) and holds us at least
/// level with the better peer on every corpus.
/// </summary>
public sealed class PeerComparisonTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Our_extraction_keeps_at_least_as_many_replies_right_as_each_npm_peer()
    {
        var cases = ReplyCorpora.All();
        var peers = await NpmPeers.RunAsync(cases, TestContext.Current.CancellationToken);
        peers.Should().HaveCount(cases.Count);

        var rows = cases.Select((c, i) => (c.Corpus, Ours: c.KeptRight(Ours.Extract(c)), Erp: c.KeptRight(peers[i].EmailReplyParser), Planer: c.KeptRight(peers[i].Planer)))
            .GroupBy(r => r.Corpus)
            .Select(g => (Corpus: g.Key, Total: g.Count(), Ours: g.Count(r => r.Ours), Erp: g.Count(r => r.Erp), Planer: g.Count(r => r.Planer)))
            .ToList();
        output.WriteLine($"{"corpus",-10} {"ours",8} {"email-reply-parser",20} {"planer",8}");
        foreach (var r in rows) output.WriteLine($"{r.Corpus,-10} {r.Ours,4}/{r.Total,-3} {r.Erp,16}/{r.Total,-3} {r.Planer,4}/{r.Total,-3}");
        output.WriteLine($"{"all",-10} {rows.Sum(r => r.Ours),4}/{cases.Count,-3} {rows.Sum(r => r.Erp),16}/{cases.Count,-3} {rows.Sum(r => r.Planer),4}/{cases.Count,-3}");

        rows.Should().OnlyContain(r => r.Ours >= Math.Max(r.Erp, r.Planer));
    }
}
