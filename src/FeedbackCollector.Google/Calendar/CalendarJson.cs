using System.Text.Json.Serialization;

namespace FeedbackCollector.Google.Calendar;

/// <summary>Calendar API v3 events.list answer, only the fields the source reads.</summary>
internal sealed record EventsPage(List<CalendarEvent>? Items, string? NextPageToken);

/// <summary>Times stay strings and are parsed leniently, so one odd event cannot fail the whole page.</summary>
internal sealed record CalendarEvent(
    string? Id,
    string? Status,
    string? Summary,
    EventTime? Start,
    EventTime? End,
    List<EventAttendee>? Attendees,
    EventProperties? ExtendedProperties,
    string? RecurringEventId);

/// <summary>dateTime for timed events; date (no time) for all-day ones.</summary>
internal sealed record EventTime(string? DateTime, string? Date, string? TimeZone);

internal sealed record EventAttendee(string? Email, string? DisplayName, bool Organizer, bool Self, bool Resource, string? ResponseStatus);

internal sealed record EventProperties([property: JsonPropertyName("private")] Dictionary<string, string>? Private);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, MaxDepth = 16)]
[JsonSerializable(typeof(EventsPage))]
internal sealed partial class GoogleCalendarJsonContext : JsonSerializerContext;
