using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using FeedbackCollector.Core.Model;
using FeedbackCollector.Lambda.Tests.Support;
using FeedbackCollector.Parity.Tests.Drivers;
using FeedbackCollector.Testing.Moto;
using MimeKit;

namespace FeedbackCollector.Parity.Tests.OnLambda;

/// <summary>
/// Issue 11 on AWS: the sweep-summary role's monthly summary (the scheduler's "monthly-summary" task) over moto, with
/// Bedrock Runtime pointed at a fake Converse. A month of asks and answers is seeded through the roles first; the
/// summary email in moto's SES holds the model's paragraph when every number in it is a figure, else the plain one.
/// </summary>
public sealed partial class MonthlySummaryOnLambdaTests
{
    private const string HaikuProfile = "global.anthropic.claude-haiku-4-5-20251001-v1";

    /// <summary>November 2026's figures as seeded: 3 asked, 2 answered, 1 happy, 1 unhappy.</summary>
    private const string Faithful = "November 2026 at Mei's Salon: you asked 3 customers for feedback and 2 answered; 1 was happy and 1 was unhappy.";

    private const string Wrong = "A record November 2026 at Mei's Salon: 52 happy customers and 11 review-link clicks.";

    private const string Plain = "In November 2026 Mei's Salon asked 3 customers for feedback and 2 answered";

    private static readonly (string Email, string FirstName, int Stars)[] Month =
    [
        ("dana@example.org", "Dana", 5),
        ("lee@example.org", "Lee", 1),
        ("sam@example.org", "Sam", 0),
    ];

    private sealed record World(LambdaDriver Lambda, MotoSlice Moto, FakeAwsEndpoint Converse) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await Lambda.DisposeAsync();
            await Converse.DisposeAsync();
        }
    }

    private static async Task<World> StartAsync(string modelText)
    {
        var converse = new FakeAwsEndpoint(200, ConverseAnswer(modelText));
        var moto = await MotoSlice.CreateAsync();
        var lambda = await LambdaDriver.StartAsync(moto, bedrock: new Uri(converse.Url));
        return new World(lambda, moto, converse);
    }

    private static string ConverseAnswer(string modelText) =>
        "{\"output\":{\"message\":{\"role\":\"assistant\",\"content\":[{\"text\":" + JsonSerializer.Serialize(modelText) + "}]}},"
        + "\"stopReason\":\"end_turn\",\"usage\":{\"inputTokens\":180,\"outputTokens\":40,\"totalTokens\":220},\"metrics\":{\"latencyMs\":412}}";

    private static MimeMessage Parse(string raw) => MimeMessage.Load(new MemoryStream(Encoding.UTF8.GetBytes(raw)));

    /// <summary>Three November visits through request-builder; two customers tap stars on reply-handler, one stays silent.</summary>
    private static async Task SeedNovemberAsync(World w)
    {
        await w.Lambda.SeedAsync(ParityWorld.Rules(everyone: false), ParityWorld.Voice);
        for (var i = 0; i < Month.Length; i++)
        {
            var (email, firstName, _) = Month[i];
            var customer = new Customer(AskId.ForCustomer(email, null), firstName, email, null);
            await w.Lambda.PlanAsync(new Visit("square", $"visit-{i + 1}", customer, "haircut", ParityWorld.Start.AddHours(-1)));
        }
        w.Lambda.Advance(TimeSpan.FromHours(1));
        await w.Lambda.FireDueJobsAsync();
        var sent = (await w.Lambda.SentMailAsync()).Select(Parse).ToList();
        foreach (var (email, _, stars) in Month.Where(m => m.Stars > 0))
        {
            var ask = sent.Single(m => m.To.Mailboxes.Any(b => b.Address == email) && StarLink().IsMatch(m.TextBody ?? ""));
            var token = StarLink().Match(ask.TextBody!).Groups[1].Value;
            (await w.Lambda.PostAsync($"/t/{token}", $"stars={stars}&comment=")).Status.Should().BeLessThan(400);
        }
    }

    /// <summary>The first Monday of December, 9am in Singapore: the scheduler's "monthly-summary" task summarises November.</summary>
    private static async Task<MimeMessage> SummarizeAsync(World w)
    {
        w.Lambda.Advance(new DateTimeOffset(2026, 12, 7, 1, 0, 0, TimeSpan.Zero) - w.Lambda.Now);
        await w.Lambda.SummarizeAsync();
        return (await w.Lambda.SentMailAsync()).Select(Parse)
            .Where(m => m.To.Mailboxes.Any(b => b.Address.Equals(w.Moto.Owner, StringComparison.OrdinalIgnoreCase)))
            .Should().ContainSingle(m => (m.Subject ?? "").Contains("your feedback for November 2026", StringComparison.Ordinal)).Subject;
    }

    private static void HoldsNovembersFigures(MimeMessage summary)
    {
        var text = summary.TextBody;
        text.Should().MatchRegex(@"\nAsked\s+3\s").And.MatchRegex(@"\nAnswered\s+2\s")
            .And.MatchRegex(@"\nHappy\s+1\s").And.MatchRegex(@"\nUnhappy\s+1\s").And.MatchRegex(@"\nUnclear\s+0\s");
        summary.HtmlBody.Should().Contain("<table").And.Contain("<th align=\"left\">Asked</th><td>3</td>");
    }

    [Fact]
    public async Task The_monthly_summary_email_holds_the_paragraph_bedrock_wrote_from_the_months_figures_then_the_figures_table()
    {
        await using var w = await StartAsync(Faithful);
        await SeedNovemberAsync(w);

        var summary = await SummarizeAsync(w);

        summary.TextBody.Should().StartWith(Faithful, "the paragraph comes first, as Converse wrote it");
        summary.TextBody.Should().NotContain(Plain);
        summary.HtmlBody.Should().Contain("<p>November 2026 at Mei&#39;s Salon: you asked 3 customers");
        HoldsNovembersFigures(summary);
        var call = w.Converse.Calls.Should().ContainSingle("one Converse call writes the month's paragraph").Subject;
        call.Method.Should().Be("POST");
        call.Path.Should().StartWith($"/model/{HaikuProfile}").And.EndWith("/converse", "Haiku 4.5 through the global inference profile");
        var prompt = JsonNode.Parse(call.Body)!["messages"]![0]!["content"]![0]!["text"]!.GetValue<string>();
        prompt.Should().Contain("Business: Mei's Salon").And.Contain("Month: November 2026").And.Contain("Asked: 3").And.Contain("Answered: 2");
        foreach (var (email, firstName, _) in Month) call.Body.Should().NotContain(email).And.NotContain(firstName, "Bedrock is given the figures only");
    }

    [Fact]
    public async Task A_fake_converse_returning_a_wrong_number_gives_way_to_the_plain_paragraph_in_the_monthly_summary_email()
    {
        await using var w = await StartAsync(Wrong);
        await SeedNovemberAsync(w);

        var summary = await SummarizeAsync(w);

        w.Converse.Calls.Should().ContainSingle("the paragraph was asked for, and its answer checked");
        summary.TextBody.Should().StartWith(Plain, "52 is not one of November's figures, so the deterministic paragraph is sent");
        summary.TextBody.Should().NotContain("52").And.NotContain("record");
        HoldsNovembersFigures(summary);
    }

    [GeneratedRegex(@"/t/([A-Za-z0-9._~-]+)/5")]
    private static partial Regex StarLink();
}
