using System.Text.Json.Serialization;

namespace FeedbackCollector.Aws.Ses;

internal sealed record SesDestination(IReadOnlyList<string> ToAddresses);

internal sealed record SesRawMessage(byte[] Data);

internal sealed record SesContent(SesRawMessage Raw);

internal sealed record SendEmailRequest(string FromEmailAddress, SesDestination Destination, SesContent Content, string? ConfigurationSetName,
    string? FeedbackForwardingEmailAddress = null);

internal sealed record SendEmailResponse(string? MessageId);

/// <summary>SESv2's REST-JSON wire format. byte[] serialises as base64, which is what Content.Raw.Data wants.</summary>
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(SendEmailRequest))]
[JsonSerializable(typeof(SendEmailResponse))]
internal sealed partial class SesJsonContext : JsonSerializerContext;
