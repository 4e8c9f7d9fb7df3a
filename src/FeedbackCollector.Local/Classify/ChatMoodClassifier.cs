using System.ClientModel;
using FeedbackCollector.Core.Classify;
using FeedbackCollector.Core.Model;
using FeedbackCollector.Core.Ports;
using Microsoft.Extensions.AI;

namespace FeedbackCollector.Local.Classify;

/// <summary>
/// Classifies a written reply with any Microsoft.Extensions.AI chat model (a local Ollama or llama.cpp server, a
/// hosted OpenAI-compatible endpoint, or the Anthropic API), with the Bedrock adapter's prompt and rules:
/// - the reply travels alone as the user message, capped at MaxTextChars; the instructions are the system prompt;
/// - the answer is validated in code (MoodAnswerParser); a malformed one is asked once more, and a second bad
///   answer yields Unclear with confidence 0, which puts the reply in front of a human in the daily sweep;
/// - transport failures are retried by the SDK client (its own backoff); when they persist this throws
///   ClassifierUnavailableException, transient for timeouts, 429 and 5xx, permanent for other 4xx.
/// </summary>
public sealed class ChatMoodClassifier(IChatClient client, ChatClassifierOptions options) : IMoodClassifier
{
    /// <summary>The model server this classifier talks to; the monthly summary's paragraph reuses it.</summary>
    internal IChatClient Client => client;

    internal ChatClassifierOptions Options => options;

    public async Task<MoodReading> ClassifyAsync(string text, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        ct.ThrowIfCancellationRequested();
        var capped = text.Length > options.MaxTextChars ? text[..options.MaxTextChars] : text;
        if (string.IsNullOrWhiteSpace(capped)) return new MoodReading(Mood.Unclear, 0);
        for (var attempt = 0; attempt < 2; attempt++)
        {
            if (MoodAnswerParser.TryParse(await AskAsync(capped, ct).ConfigureAwait(false)) is { } reading) return reading;
        }
        return new MoodReading(Mood.Unclear, 0);
    }

    private async Task<string?> AskAsync(string text, CancellationToken ct)
    {
        List<ChatMessage> messages = [new(ChatRole.System, MoodPrompt.System), new(ChatRole.User, text)];
        var chat = new ChatOptions { ModelId = options.Model, MaxOutputTokens = 64, Temperature = 0 };
        try
        {
            var response = await client.GetResponseAsync(messages, chat, ct).ConfigureAwait(false);
            return response.Text;
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception e) when (e is not ClassifierUnavailableException)
        {
            throw new ClassifierUnavailableException($"{options.Provider} {options.Model}: {e.GetType().Name}", IsTransient(e), e);
        }
    }

    /// <summary>A retry may help after a timeout, a dropped connection, throttling or a server error; not after a refusal.</summary>
    internal static bool IsTransient(Exception e) => e switch
    {
        ClientResultException r => r.Status is 0 or 408 or 429 or >= 500,
        HttpRequestException or TimeoutException or OperationCanceledException => true,
        _ => Status(e) is not { } status || status is 408 or 429 or >= 500,
    };

    /// <summary>Anthropic's exceptions carry the status in their type name (Anthropic4xx…, AnthropicRateLimit…).</summary>
    private static int? Status(Exception e)
    {
        var name = e.GetType().Name;
        if (name.Contains("RateLimit", StringComparison.Ordinal)) return 429;
        if (name.Contains("5xx", StringComparison.Ordinal) || name.Contains("InternalServer", StringComparison.Ordinal)) return 500;
        string[] refusals = ["BadRequest", "Unauthorized", "Authentication", "PermissionDenied", "NotFound", "UnprocessableEntity", "4xx"];
        return refusals.Any(r => name.Contains(r, StringComparison.Ordinal)) ? 400 : null;
    }
}
