namespace FeedbackCollector.Google.Tests.Calendar;

/// <summary>events.list pages in the shape Calendar API v3 returns (fields trimmed to the realistic core).</summary>
internal static class CalendarResponses
{
    public const string CalendarId = "salon.demo@group.calendar.google.com";
    public const string PageToken = "CkkKOzZ0MmxpOHAzZGJvNmw2aDE3aGU3Z2Q4OTFfMjAyNjExMjhUMDMwMDAwWhgBIICA1sKXnMcC";

    public const string Page1 = $$"""
        {
          "kind": "calendar#events",
          "etag": "\"p33c9fvtq2n6ve0o\"",
          "summary": "Salon bookings",
          "updated": "2026-11-28T09:58:01.123Z",
          "timeZone": "Asia/Singapore",
          "accessRole": "reader",
          "nextPageToken": "{{PageToken}}",
          "items": [
            {
              "kind": "calendar#event",
              "id": "7k3b2m1q9p0r8s6t5u4v3w2x1y",
              "status": "confirmed",
              "htmlLink": "https://www.google.com/calendar/event?eid=N2szYjJtMXE5cDBy",
              "created": "2026-11-20T02:11:00.000Z",
              "updated": "2026-11-20T02:11:00.000Z",
              "summary": "Haircut – Ann",
              "organizer": { "email": "salon.demo@group.calendar.google.com", "self": true },
              "start": { "dateTime": "2026-11-28T09:00:00+08:00", "timeZone": "Asia/Singapore" },
              "end": { "dateTime": "2026-11-28T10:00:00+08:00", "timeZone": "Asia/Singapore" },
              "attendees": [
                { "email": "salon.demo@group.calendar.google.com", "organizer": true, "self": true, "responseStatus": "accepted" },
                { "email": "ann@example.com", "displayName": "Ann Lee", "responseStatus": "accepted" }
              ]
            },
            {
              "kind": "calendar#event",
              "id": "cancelled0booking1",
              "status": "cancelled",
              "summary": "Colour - Bob",
              "start": { "dateTime": "2026-11-28T10:00:00+08:00" },
              "end": { "dateTime": "2026-11-28T11:00:00+08:00" },
              "attendees": [ { "email": "bob@example.com", "displayName": "Bob", "responseStatus": "accepted" } ]
            },
            {
              "kind": "calendar#event",
              "id": "rec123abc_20261128T030000Z",
              "status": "confirmed",
              "summary": "Beard trim: Carl",
              "recurringEventId": "rec123abc",
              "originalStartTime": { "dateTime": "2026-11-28T11:00:00+08:00" },
              "start": { "dateTime": "2026-11-28T11:00:00+08:00" },
              "end": { "dateTime": "2026-11-28T11:30:00+08:00" },
              "attendees": [ { "email": "carl@example.com", "responseStatus": "needsAction" } ],
              "extendedProperties": { "private": { "visit_type": "beard" }, "shared": { "visit_type": "ignored" } }
            }
          ]
        }
        """;

    public const string Page2 = """
        {
          "kind": "calendar#events",
          "summary": "Salon bookings",
          "timeZone": "Asia/Singapore",
          "items": [
            {
              "id": "lunch0block",
              "status": "confirmed",
              "summary": "Lunch",
              "start": { "dateTime": "2026-11-28T12:00:00+08:00" },
              "end": { "dateTime": "2026-11-28T13:00:00+08:00" }
            },
            {
              "id": "allday0closed",
              "status": "confirmed",
              "summary": "Closed for stocktake",
              "start": { "date": "2026-11-28" },
              "end": { "date": "2026-11-29" }
            },
            {
              "id": "tentative0booking",
              "status": "tentative",
              "summary": "Haircut - Gus",
              "start": { "dateTime": "2026-11-28T14:00:00+08:00" },
              "end": { "dateTime": "2026-11-28T15:00:00+08:00" },
              "attendees": [ { "email": "gus@example.com", "responseStatus": "tentative" } ]
            },
            {
              "id": "massage0dee",
              "status": "confirmed",
              "summary": "Massage - Dee",
              "start": { "dateTime": "2026-11-28T16:00:00+08:00" },
              "end": { "dateTime": "2026-11-28T17:00:00+08:00" },
              "attendees": [
                { "email": "c_188room@resource.calendar.google.com", "displayName": "Room 2", "resource": true, "responseStatus": "accepted" },
                { "email": "eve@example.com", "displayName": "Eve", "responseStatus": "declined" },
                { "email": "dee@example.com", "displayName": "Dee", "responseStatus": "accepted" }
              ]
            },
            {
              "id": "ongoing0fay",
              "status": "confirmed",
              "summary": "Facial - Fay",
              "start": { "dateTime": "2026-11-28T17:30:00+08:00" },
              "end": { "dateTime": "2026-11-28T18:30:00+08:00" },
              "attendees": [ { "email": "fay@example.com", "displayName": "Fay", "responseStatus": "accepted" } ]
            }
          ]
        }
        """;

    public const string OnlyFay = """
        {
          "kind": "calendar#events",
          "items": [
            {
              "id": "ongoing0fay",
              "status": "confirmed",
              "summary": "Facial - Fay",
              "start": { "dateTime": "2026-11-28T17:30:00+08:00" },
              "end": { "dateTime": "2026-11-28T18:30:00+08:00" },
              "attendees": [ { "email": "fay@example.com", "displayName": "Fay", "responseStatus": "accepted" } ]
            }
          ]
        }
        """;

    public const string Empty = """{ "kind": "calendar#events", "items": [] }""";

    /// <summary>An updatedMin + showDeleted answer: Ann's booking cancelled after it ended, one deleted (id and status only),
    /// a future booking cancelled (never planned) and one merely moved.</summary>
    public const string Changed = """
        {
          "kind": "calendar#events",
          "items": [
            {
              "kind": "calendar#event",
              "id": "7k3b2m1q9p0r8s6t5u4v3w2x1y",
              "status": "cancelled",
              "summary": "Haircut – Ann",
              "start": { "dateTime": "2026-11-28T09:00:00+08:00" },
              "end": { "dateTime": "2026-11-28T10:00:00+08:00" },
              "attendees": [ { "email": "ann@example.com", "displayName": "Ann", "responseStatus": "accepted" } ]
            },
            { "kind": "calendar#event", "id": "massage0dee", "status": "cancelled" },
            {
              "kind": "calendar#event",
              "id": "future0gus",
              "status": "cancelled",
              "start": { "dateTime": "2026-11-29T09:00:00+08:00" },
              "end": { "dateTime": "2026-11-29T10:00:00+08:00" }
            },
            {
              "kind": "calendar#event",
              "id": "moved0hal",
              "status": "confirmed",
              "summary": "Haircut – Hal",
              "start": { "dateTime": "2026-11-30T09:00:00+08:00" },
              "end": { "dateTime": "2026-11-30T10:00:00+08:00" }
            }
          ]
        }
        """;
}
