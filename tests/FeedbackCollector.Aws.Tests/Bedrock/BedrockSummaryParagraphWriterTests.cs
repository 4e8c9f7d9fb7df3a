using System.Text.Json.Nodes;
using FeedbackCollector.Aws.Bedrock;
using FeedbackCollector.Aws.Http;
using FeedbackCollector.Aws.Tests.Http;
using FeedbackCollector.Core.Ports;
using FeedbackCollector.Core.Summary;
using FeedbackCollector.Core.Sweeps;
using FeedbackCollector.Testing.Contracts;

namespace FeedbackCollector.Aws.Tests.Bedrock;

/// <summary>The summary paragraph from Bedrock Converse against a local fake that answers in the documented shape.</summary>
public sealed class BedrockSummaryParagraphWriterTests
{
    private const string HaikuPath = "/model/global.anthropic.claude-haiku-4-5-20251001-v1%3A0/converse";
    private static readonly MonthlyFigures March = SummaryParagraphWriterContract.March;

    private static BedrockSummaryParagraphWriter Writer(FakeAwsServer fake) =>
        new(TestClients.For(AwsService.BedrockRuntime, fake.BaseUri));

    [Fact]
    public async Task One_converse_call_to_haiku_through_the_global_profile_carries_the_figures_only()
    {
        using var fake = new FakeAwsServer().Respond(ConverseFake.Answer("In March you asked 40 customers and 18 were happy."));

        var paragraph = await Writer(fake).WriteAsync(March, "Kim's Salon", Ct);

        paragraph.Should().Be("In March you asked 40 customers and 18 were happy.");
        var request = fake.Requests.Single();
        request.RawUrl.Should().Be(HaikuPath);
        var body = JsonNode.Parse(request.BodyText)!;
        body["system"]![0]!["text"]!.GetValue<string>().Should().Be(SummaryPrompt.System);
        body["messages"]![0]!["content"]![0]!["text"]!.GetValue<string>().Should().Be(SummaryPrompt.User(March, "Kim's Salon"));
    }

    [Fact]
    public async Task A_fake_converse_returning_a_wrong_number_falls_back_to_the_plain_paragraph()
    {
        using var fake = new FakeAwsServer().Respond(ConverseFake.Answer("A record month: 52 happy customers and 11 review-link clicks."));

        var written = await Writer(fake).WriteAsync(March, "Kim's Salon", Ct);
        var chosen = SummaryParagraph.Choose(written, March, "Kim's Salon");

        chosen.Should().Be(new ChosenParagraph(SummaryParagraph.Plain(March, "Kim's Salon"), "states 52, which is not one of the figures"));
    }

    [Fact]
    public async Task Persistent_throttling_is_a_transient_unavailable_writer()
    {
        using var fake = new FakeAwsServer().Respond(ConverseFake.Throttled(), ConverseFake.Throttled(), ConverseFake.Throttled(),
            ConverseFake.Throttled(), ConverseFake.Throttled());

        var act = () => Writer(fake).WriteAsync(March, "Kim's Salon", Ct);

        (await act.Should().ThrowAsync<SummaryParagraphUnavailableException>()).Which.Transient.Should().BeTrue();
    }
}

public sealed class BedrockSummaryParagraphWriterContractTests : SummaryParagraphWriterContract, IDisposable
{
    private readonly List<FakeAwsServer> _servers = [];

    protected override Task<ISummaryParagraphWriter> CreateWriterAsync(MonthlyFigures figures)
    {
        var fake = new FakeAwsServer().Respond(ConverseFake.Answer(SummaryParagraph.Plain(figures, "Kim's Salon")));
        _servers.Add(fake);
        return Task.FromResult<ISummaryParagraphWriter>(new BedrockSummaryParagraphWriter(TestClients.For(AwsService.BedrockRuntime, fake.BaseUri)));
    }

    protected override Task<ISummaryParagraphWriter?> CreateUnavailableWriterAsync()
    {
        var fake = new FakeAwsServer().Respond(FakeResponse.Error(403, "AccessDeniedException", "not allowed"));
        _servers.Add(fake);
        return Task.FromResult<ISummaryParagraphWriter?>(new BedrockSummaryParagraphWriter(TestClients.For(AwsService.BedrockRuntime, fake.BaseUri)));
    }

    public void Dispose()
    {
        foreach (var s in _servers) s.Dispose();
    }
}
