using System.ClientModel;
using Anthropic;
using FeedbackCollector.Core.Classify;
using FeedbackCollector.Core.Ports;
using FeedbackCollector.Core.Summary;
using Microsoft.Extensions.AI;
using OpenAI;

namespace FeedbackCollector.Local.Classify;

/// <summary>
/// Picks the local runtime's classifier from the `classifier` setting: lexicon (the default, offline), openai (any
/// OpenAI-compatible endpoint: Ollama, llama.cpp, vLLM, hosted) or anthropic (the Anthropic API). bedrock is the AWS
/// runtime's classifier and is refused here with a message that says so.
/// </summary>
public static class ClassifierFactory
{
    public const string Lexicon = "lexicon";
    public const string OpenAi = "openai";
    public const string Anthropic = "anthropic";
    public const string Bedrock = "bedrock";

    /// <summary>The classifier a setting names, or a problem that says which setting to fix.</summary>
    public static (IMoodClassifier? Classifier, string? Problem) Create(string? kind, string? endpoint, string? model, string? apiKey)
    {
        var name = string.IsNullOrWhiteSpace(kind) ? Lexicon : kind.Trim().ToLowerInvariant();
        if (name == Lexicon) return (new LexiconMoodClassifier(), null);
        if (name == Bedrock) return (null, "classifier = bedrock runs on AWS only; locally use lexicon, openai or anthropic");
        if (name is not (OpenAi or Anthropic)) return (null, $"classifier = {kind}: expected lexicon, bedrock, openai or anthropic");
        if (string.IsNullOrWhiteSpace(model)) return (null, $"classifier = {name} needs classifier_model");
        Uri? uri = null;
        if (!string.IsNullOrWhiteSpace(endpoint) && !Uri.TryCreate(endpoint.Trim(), UriKind.Absolute, out uri))
        {
            return (null, $"classifier_endpoint {endpoint} is not an absolute URL");
        }
        if (name == OpenAi && uri is null && string.IsNullOrWhiteSpace(apiKey))
        {
            return (null, "classifier = openai needs classifier_endpoint (a local server) or classifier_api_key (the hosted API)");
        }
        var options = new ChatClassifierOptions(name, model.Trim(), uri, apiKey);
        return (new ChatMoodClassifier(ChatClientFor(options), options), null);
    }

    /// <summary>
    /// Who writes the monthly summary's paragraph locally: the operator's model when the classifier is one (openai or
    /// anthropic), over the same client; else the plain paragraph from the figures.
    /// </summary>
    public static ISummaryParagraphWriter SummaryParagraphWriterFor(IMoodClassifier classifier) => classifier is ChatMoodClassifier chat
        ? new ChatSummaryParagraphWriter(chat.Client, chat.Options)
        : new PlainParagraphWriter();

    /// <summary>The IChatClient of a provider; the SDK clients retry throttling and 5xx themselves.</summary>
    public static IChatClient ChatClientFor(ChatClassifierOptions options)
    {
        var timeout = options.Timeout ?? TimeSpan.FromSeconds(30);
        if (options.Provider == Anthropic)
        {
            var client = new AnthropicClient
            {
                ApiKey = options.ApiKey ?? "",
                MaxRetries = options.MaxRetries,
                Timeout = timeout,
            };
            if (options.Endpoint is { } baseUrl) client = (AnthropicClient)client.WithOptions(o => o with { BaseUrl = baseUrl.ToString().TrimEnd('/') });
            return client.AsIChatClient(options.Model);
        }
        var openAi = new OpenAIClientOptions
        {
            Endpoint = options.Endpoint,
            NetworkTimeout = timeout,
            RetryPolicy = new System.ClientModel.Primitives.ClientRetryPolicy(options.MaxRetries),
        };
        // Local servers (Ollama, llama.cpp) ignore the key, but the client will not start without one.
        return new OpenAIClient(new ApiKeyCredential(string.IsNullOrEmpty(options.ApiKey) ? "unused" : options.ApiKey), openAi)
            .GetChatClient(options.Model).AsIChatClient();
    }
}
