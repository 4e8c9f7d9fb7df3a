using System.Text.Json.Serialization;

namespace FeedbackCollector.Google.Auth;

/// <summary>The token endpoint's success answer.</summary>
internal sealed record TokenResponse(
    [property: JsonPropertyName("access_token")] string? AccessToken,
    [property: JsonPropertyName("expires_in")] int ExpiresIn,
    [property: JsonPropertyName("token_type")] string? TokenType);

[JsonSerializable(typeof(TokenResponse))]
internal sealed partial class GoogleAuthJsonContext : JsonSerializerContext;
