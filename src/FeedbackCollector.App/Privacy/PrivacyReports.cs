using System.Text.Json.Serialization;
using FeedbackCollector.Core.Model;

namespace FeedbackCollector.App.Privacy;

/// <summary>What an erasure removed. Counts only: the report names nobody but the contact the request gave.</summary>
/// <param name="StubId">The id the customer's rows were re-keyed to (no personal data); null when nothing was held.</param>
/// <param name="SuppressionKeptAsHash">The contact had unsubscribed or bounced: the entry is kept as a hash so it stays honoured.</param>
public sealed record ErasureReport(
    string Contact, int Customers, int Asks, int Answers, int Moves, int Schedules, int Blobs, int Traces,
    bool SuppressionKeptAsHash, string? StubId);

/// <summary>Everything held about one contact: their asks (with the contact details), answers, moves, suppression
/// entries, the raw bodies and MIME that name them, and the local files that do.</summary>
public sealed record CustomerExport(
    string Contact, IReadOnlyList<string> CustomerIds, IReadOnlyList<Ask> Asks, IReadOnlyList<Feedback> Answers,
    IReadOnlyList<AuditEntry> Moves, IReadOnlyList<string> Suppressed, IReadOnlyList<string> RawBlobs, IReadOnlyList<string> Files);

/// <summary>The request named no usable contact (not an email, not a phone number that can be read).</summary>
public sealed class PrivacyRequestException(string message) : Exception(message);

/// <summary>The privacy reports' wire format (CLI --json and the request-builder direct invoke), source-generated for AOT.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower, UseStringEnumConverter = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.Never, WriteIndented = false)]
[JsonSerializable(typeof(ErasureReport))]
[JsonSerializable(typeof(CustomerExport))]
public sealed partial class PrivacyJson : JsonSerializerContext;
