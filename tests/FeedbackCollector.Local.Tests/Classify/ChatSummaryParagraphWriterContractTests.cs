using FeedbackCollector.Core.Ports;
using FeedbackCollector.Core.Summary;
using FeedbackCollector.Core.Sweeps;
using FeedbackCollector.Local.Classify;
using FeedbackCollector.Testing.Contracts;

namespace FeedbackCollector.Local.Tests.Classify;

/// <summary>
/// Locally the monthly paragraph comes from the model the operator configured as the classifier, over the same chat
/// client; it passes the contract Bedrock's writer and the plain one pass, against a fake model server.
/// </summary>
public abstract class ChatSummaryParagraphWriterContractTests : SummaryParagraphWriterContract, IDisposable
{
    private readonly List<FakeChatServer> _servers = [];

    protected ChatSummaryParagraphWriterContractTests(bool anthropic) => Anthropic = anthropic;

    private bool Anthropic { get; }

    protected override Task<ISummaryParagraphWriter> CreateWriterAsync(MonthlyFigures figures)
    {
        var server = Start();
        server.Answer = _ => SummaryParagraph.Plain(figures, "Kim's Salon");
        return Task.FromResult(WriterOver(server));
    }

    protected override Task<ISummaryParagraphWriter?> CreateUnavailableWriterAsync()
    {
        var server = Start();
        server.Status = 400;
        return Task.FromResult<ISummaryParagraphWriter?>(WriterOver(server));
    }

    [Fact]
    public void A_lexicon_classifier_leaves_the_plain_paragraph_writer_in_place()
    {
        var (lexicon, _) = ClassifierFactory.Create(ClassifierFactory.Lexicon, null, null, null);

        ClassifierFactory.SummaryParagraphWriterFor(lexicon!).Should().BeOfType<PlainParagraphWriter>();
    }

    private FakeChatServer Start()
    {
        var server = new FakeChatServer(Anthropic);
        _servers.Add(server);
        return server;
    }

    private ISummaryParagraphWriter WriterOver(FakeChatServer server)
    {
        var endpoint = Anthropic ? server.BaseUri : new Uri(server.BaseUri, "v1");
        var (classifier, problem) = ClassifierFactory.Create(Anthropic ? ClassifierFactory.Anthropic : ClassifierFactory.OpenAi,
            endpoint.ToString(), "test-model", "test-key");
        var writer = ClassifierFactory.SummaryParagraphWriterFor(classifier ?? throw new InvalidOperationException(problem));
        writer.Should().BeOfType<ChatSummaryParagraphWriter>("a chat-model classifier writes the paragraph too");
        return writer;
    }

    public void Dispose()
    {
        foreach (var server in _servers) server.Dispose();
        GC.SuppressFinalize(this);
    }
}

public sealed class OpenAiCompatibleSummaryParagraphWriterContractTests() : ChatSummaryParagraphWriterContractTests(anthropic: false);

public sealed class AnthropicSummaryParagraphWriterContractTests() : ChatSummaryParagraphWriterContractTests(anthropic: true);
