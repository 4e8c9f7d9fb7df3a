using System.Text.Json;
using FeedbackCollector.Aws.Tests.Http;

namespace FeedbackCollector.Aws.Tests.Bedrock;

/// <summary>Answers in Converse's documented response shape.</summary>
public static class ConverseFake
{
    public static FakeResponse Answer(string modelText) => FakeResponse.Json(
        "{\"output\":{\"message\":{\"role\":\"assistant\",\"content\":[{\"text\":" + JsonSerializer.Serialize(modelText) + "}]}},"
        + "\"stopReason\":\"end_turn\",\"usage\":{\"inputTokens\":120,\"outputTokens\":14,\"totalTokens\":134},\"metrics\":{\"latencyMs\":412}}");

    public static FakeResponse Mood(string mood, double confidence) =>
        Answer($$"""{"mood":"{{mood}}","confidence":{{confidence.ToString(System.Globalization.CultureInfo.InvariantCulture)}}}""");

    public static FakeResponse Throttled() => FakeResponse.Error(429, "ThrottlingException", "Too many requests, please wait before trying again.");
}
