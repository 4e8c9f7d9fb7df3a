using System.Text.Json;
using System.Text.Json.Serialization;

namespace FeedbackCollector.Google.Sheets;

/// <summary>
/// Sheets API v4 ValueRange. Cells are JsonElement because UNFORMATTED_VALUE answers strings,
/// numbers (dates as serial numbers) and booleans in the same row.
/// </summary>
internal sealed record ValueRange(string? Range, string? MajorDimension, List<List<JsonElement>>? Values);

/// <summary>What values.append and values.update take: rows of plain strings (written RAW, never parsed as formulas).</summary>
internal sealed record ValueRangeBody(string? Range, string MajorDimension, List<List<string>> Values);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, MaxDepth = 16,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(ValueRange))]
[JsonSerializable(typeof(ValueRangeBody))]
internal sealed partial class GoogleSheetsJsonContext : JsonSerializerContext;
