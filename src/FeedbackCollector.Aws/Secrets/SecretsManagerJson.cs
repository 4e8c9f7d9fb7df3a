using System.Text.Json.Serialization;

namespace FeedbackCollector.Aws.Secrets;

internal sealed record GetSecretValueRequest(string SecretId);

internal sealed record GetSecretValueResponse(string? Name, string? SecretString, string? SecretBinary);

/// <summary>Secrets Manager's JSON 1.1 wire format (PascalCase members, as the API names them).</summary>
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(GetSecretValueRequest))]
[JsonSerializable(typeof(GetSecretValueResponse))]
internal sealed partial class SecretsManagerJsonContext : JsonSerializerContext;
