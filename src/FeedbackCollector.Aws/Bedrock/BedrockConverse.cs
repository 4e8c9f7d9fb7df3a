using FeedbackCollector.Aws.Http;

namespace FeedbackCollector.Aws.Bedrock;

/// <summary>
/// One Converse call: a system prompt and one user message in, the answer's text out (null when it has none).
/// Service errors surface as <see cref="AwsServiceException"/>; each caller turns them into its port's exception.
/// </summary>
internal static class BedrockConverse
{
    public static async Task<string?> AskAsync(AwsServiceClient client, string modelId, string system, string user, InferenceConfig config,
        CancellationToken ct)
    {
        var request = new ConverseRequest([new SystemBlock(system)], [new ConverseMessage("user", [new ContentBlock(user)])], config);
        var body = AwsJson.Serialize(request, ConverseJsonContext.Default.ConverseRequest);
        var response = await client.SendAsync(new AwsCall(HttpMethod.Post, ["model", modelId, "converse"], body, "application/json"), ct)
            .ConfigureAwait(false);
        var parsed = AwsJson.TryDeserialize(response.Body, ConverseJsonContext.Default.ConverseResponse);
        return parsed?.Output?.Message?.Content is { Count: > 0 } content ? string.Concat(content.Select(c => c.Text)) : null;
    }
}
