using System.Text.Json.Serialization;

namespace FeedbackCollector.Lambda.Events;

/// <summary>An S3 event notification (ObjectCreated:Put when SES's receipt rule stores a raw MIME reply).</summary>
internal sealed record S3Event(
    [property: JsonPropertyName("Records")] IReadOnlyList<S3EventRecord>? Records);

internal sealed record S3EventRecord(
    [property: JsonPropertyName("eventSource")] string? EventSource,
    [property: JsonPropertyName("eventName")] string? EventName,
    [property: JsonPropertyName("awsRegion")] string? AwsRegion,
    [property: JsonPropertyName("eventTime")] string? EventTime,
    [property: JsonPropertyName("s3")] S3Entity? S3);

internal sealed record S3Entity(
    [property: JsonPropertyName("bucket")] S3BucketEntity? Bucket,
    [property: JsonPropertyName("object")] S3ObjectEntity? Object);

internal sealed record S3BucketEntity(
    [property: JsonPropertyName("name")] string? Name,
    [property: JsonPropertyName("arn")] string? Arn);

/// <summary>The key arrives URL-encoded (spaces as '+'); <see cref="S3ObjectKey.Decode"/> undoes it.</summary>
internal sealed record S3ObjectEntity(
    [property: JsonPropertyName("key")] string? Key,
    [property: JsonPropertyName("size")] long Size,
    [property: JsonPropertyName("eTag")] string? ETag,
    [property: JsonPropertyName("sequencer")] string? Sequencer,
    [property: JsonPropertyName("versionId")] string? VersionId = null);

internal static class S3ObjectKey
{
    /// <summary>S3 notifications form-encode the key: '+' is a space, %XX an escaped byte.</summary>
    public static string Decode(string key) => Uri.UnescapeDataString(key.Replace('+', ' '));
}
