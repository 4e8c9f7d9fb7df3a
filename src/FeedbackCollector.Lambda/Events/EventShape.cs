using System.Text.Json;

namespace FeedbackCollector.Lambda.Events;

/// <summary>Which of our event shapes a payload is, told apart by its top-level properties.</summary>
internal enum EventShape { Unknown, FunctionUrl, S3, SchedulerJob, DirectInvoke }

internal static class EventShapes
{
    /// <summary>Top-level properties looked at before giving up: real events put the telling ones early enough.</summary>
    private const int MaxProperties = 64;

    /// <summary>
    /// Reads only the top-level property names: "Records" → S3, "requestContext" with "version" →
    /// Function URL, "task" → recurring schedule, "kind" → direct invoke (one-off schedules included). Malformed JSON is Unknown, never an exception.
    /// </summary>
    public static EventShape Detect(ReadOnlySpan<byte> payload)
    {
        bool version = false, context = false;
        var reader = new Utf8JsonReader(payload, new JsonReaderOptions { MaxDepth = 64 });
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject) return EventShape.Unknown;
            for (var seen = 0; seen < MaxProperties && reader.Read() && reader.TokenType == JsonTokenType.PropertyName; seen++)
            {
                if (reader.ValueTextEquals("Records")) return EventShape.S3;
                if (reader.ValueTextEquals("task")) return EventShape.SchedulerJob;
                if (reader.ValueTextEquals("kind")) return EventShape.DirectInvoke;
                version |= reader.ValueTextEquals("version");
                context |= reader.ValueTextEquals("requestContext");
                if (version && context) return EventShape.FunctionUrl;
                reader.Skip();
            }
        }
        catch (JsonException)
        {
            return EventShape.Unknown;
        }
        return version && context ? EventShape.FunctionUrl : EventShape.Unknown;
    }
}
