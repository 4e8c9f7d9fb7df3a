using System.Globalization;
using Amazon.DynamoDBv2.Model;

namespace FeedbackCollector.Aws.Dynamo;

/// <summary>Attribute helpers. Instants are stored as fixed-width UTC ISO-8601 strings so they sort and compare as text.</summary>
internal static class DynamoValues
{
    private const string InstantFormat = "yyyy-MM-dd'T'HH:mm:ss.fff'Z'";

    public static string Instant(DateTimeOffset value) =>
        value.UtcDateTime.ToString(InstantFormat, CultureInfo.InvariantCulture);

    public static DateTimeOffset ParseInstant(string text) =>
        DateTimeOffset.ParseExact(text, InstantFormat, CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);

    public static AttributeValue S(string value) => new() { S = value };

    public static AttributeValue S(DateTimeOffset value) => new() { S = Instant(value) };

    public static Dictionary<string, AttributeValue> Key(string pk, string pkValue, string sk, string skValue) =>
        new() { [pk] = S(pkValue), [sk] = S(skValue) };

    public static string? Str(Dictionary<string, AttributeValue> item, string name) =>
        item.TryGetValue(name, out var v) && v.S is not null ? v.S : null;

    public static string Required(Dictionary<string, AttributeValue> item, string name) =>
        Str(item, name) ?? throw new InvalidDataException($"DynamoDB item lacks the attribute '{name}'.");

    public static DateTimeOffset? Time(Dictionary<string, AttributeValue> item, string name) =>
        Str(item, name) is { } s ? ParseInstant(s) : null;

    /// <summary>Adds the attribute only when it has a value: DynamoDB stores no empty strings in keys and we keep items small.</summary>
    public static void PutIfPresent(Dictionary<string, AttributeValue> item, string name, string? value)
    {
        if (!string.IsNullOrEmpty(value)) item[name] = S(value);
    }
}
