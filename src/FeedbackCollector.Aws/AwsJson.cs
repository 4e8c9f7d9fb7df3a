using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace FeedbackCollector.Aws;

/// <summary>Source-generated (de)serialisation helpers; a body that does not parse is reported by the caller.</summary>
internal static class AwsJson
{
    public static byte[] Serialize<T>(T value, JsonTypeInfo<T> info) => JsonSerializer.SerializeToUtf8Bytes(value, info);

    public static T? TryDeserialize<T>(byte[] body, JsonTypeInfo<T> info) where T : class
    {
        try
        {
            return JsonSerializer.Deserialize(body, info);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
