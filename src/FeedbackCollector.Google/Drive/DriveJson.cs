using System.Text.Json.Serialization;

namespace FeedbackCollector.Google.Drive;

/// <summary>Drive v3 files.get with fields=id,name,mimeType,modifiedTime,version. version is a string of digits on the wire.</summary>
internal sealed record DriveFileResponse(string? Id, string? Name, string? MimeType, string? ModifiedTime, string? Version);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, MaxDepth = 16)]
[JsonSerializable(typeof(DriveFileResponse))]
internal sealed partial class GoogleDriveJsonContext : JsonSerializerContext;
