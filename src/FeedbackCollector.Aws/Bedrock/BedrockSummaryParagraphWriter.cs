using FeedbackCollector.Aws.Http;
using FeedbackCollector.Core.Ports;
using FeedbackCollector.Core.Summary;
using FeedbackCollector.Core.Sweeps;

namespace FeedbackCollector.Aws.Bedrock;

/// <summary>
/// The monthly summary's paragraph from one Bedrock Converse call (Claude Haiku 4.5 through the global inference
/// profile by default), given the figures only. The answer is returned as written: the job checks every number in it
/// against the figures and uses the plain paragraph when it fails. Throttling, 5xx and timeouts are retried by the
/// client with backoff; when they persist, or on any other error or an empty answer, this throws
/// SummaryParagraphUnavailableException.
/// </summary>
public sealed class BedrockSummaryParagraphWriter(AwsServiceClient client, string modelId = BedrockClassifierOptions.Haiku45)
    : ISummaryParagraphWriter
{
    public async Task<string> WriteAsync(MonthlyFigures figures, string businessName, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(figures);
        string? answer;
        try
        {
            answer = await BedrockConverse.AskAsync(client, modelId, SummaryPrompt.System, SummaryPrompt.User(figures, businessName),
                new InferenceConfig(MaxTokens: SummaryPrompt.MaxTokens, Temperature: 0.2), ct).ConfigureAwait(false);
        }
        catch (AwsServiceException e)
        {
            throw new SummaryParagraphUnavailableException($"Bedrock {modelId}: {e.ErrorCode}", e.Transient, e);
        }
        var text = answer?.Trim() ?? "";
        return text.Length > 0 ? text : throw new SummaryParagraphUnavailableException($"Bedrock {modelId}: no text in the answer", false);
    }
}
