using FeedbackCollector.Core.Ports;
using FeedbackCollector.Core.Summary;
using FeedbackCollector.Core.Sweeps;
using Microsoft.Extensions.AI;

namespace FeedbackCollector.Local.Classify;

/// <summary>
/// The monthly summary's paragraph from the self-hoster's chat model (the classifier's server and model), given the
/// figures only, with the Bedrock writer's prompt. The answer is returned as written; the job checks its numbers.
/// A failure or an empty answer throws SummaryParagraphUnavailableException, and the plain paragraph is sent.
/// </summary>
public sealed class ChatSummaryParagraphWriter(IChatClient client, ChatClassifierOptions options) : ISummaryParagraphWriter
{
    public async Task<string> WriteAsync(MonthlyFigures figures, string businessName, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(figures);
        List<ChatMessage> messages = [new(ChatRole.System, SummaryPrompt.System), new(ChatRole.User, SummaryPrompt.User(figures, businessName))];
        var chat = new ChatOptions { ModelId = options.Model, MaxOutputTokens = SummaryPrompt.MaxTokens, Temperature = 0.2f };
        string text;
        try
        {
            text = (await client.GetResponseAsync(messages, chat, ct).ConfigureAwait(false)).Text?.Trim() ?? "";
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception e)
        {
            throw new SummaryParagraphUnavailableException($"{options.Provider} {options.Model}: {e.GetType().Name}",
                ChatMoodClassifier.IsTransient(e), e);
        }
        return text.Length > 0 ? text : throw new SummaryParagraphUnavailableException($"{options.Provider} {options.Model}: empty answer", false);
    }
}
