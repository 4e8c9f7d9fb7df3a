using System.Globalization;
using System.Text.Json.Nodes;
using FeedbackCollector.Google.Auth;
using FeedbackCollector.Google.Calendar;
using FeedbackCollector.Testing.Contracts;
using Microsoft.Extensions.Time.Testing;

namespace FeedbackCollector.Google.Tests.Calendar;

/// <summary>
/// A Google Calendar passes the customer-source contract against the fake Calendar API, which answers
/// events.list as Google does: events whose end is after timeMin (exclusive) and whose start is before
/// timeMax, ordered by start, in pages of maxResults. Each visit is a 30-minute booking.
/// </summary>
public sealed class GoogleCalendarCustomerSourceContractTests : CustomerSourceContract
{
    private const string CalendarId = "kopi.bookings@group.calendar.google.com";
    private const int Cap = 4;

    protected override Task<CustomerSourceUnderTest> CreateSourceAsync()
    {
        var server = new FakeGoogleServer();
        var http = new HttpClient();
        var events = new List<(DateTimeOffset Start, DateTimeOffset End, JsonObject Json)>();
        server.On($"/calendar/v3/calendars/{CalendarId}/events", r => Page(r, events));
        // The changes since the cursor (updatedMin): none of these bookings is ever cancelled.
        server.On(r => r.Path == $"/calendar/v3/calendars/{CalendarId}/events" && r.Query["updatedMin"] is not null,
            _ => FakeResponse.Json("""{"items":[]}"""));
        var options = new CalendarSourceOptions { InitialLookback = TimeSpan.FromDays(60), MaxEventsPerBatch = Cap };
        var source = new GoogleCalendarCustomerSource(http, new StaticAccessTokenSource("ya29.calendar"), CalendarId,
            new FakeTimeProvider(FirstVisitEnd.AddDays(30)), options, server.Endpoints);
        var lastEnd = FirstVisitEnd;
        return Task.FromResult(new CustomerSourceUnderTest(source,
            row =>
            {
                lastEnd = row.EndedAt;
                return Add(events, row.EndedAt, $"{row.VisitType} – {row.FirstName}", row.Email, row.FirstName);
            },
            () => Add(events, lastEnd.AddMinutes(30), "haircut – Dan", "dan-at-example.org", "Dan"),
            Cap,
            new ServerAndClient(server, http)));
    }

    private static Task Add(List<(DateTimeOffset, DateTimeOffset, JsonObject)> events, DateTimeOffset end, string summary, string email, string name)
    {
        var start = end.AddMinutes(-30);
        var json = new JsonObject
        {
            ["id"] = "ev" + Guid.NewGuid().ToString("N")[..20],
            ["status"] = "confirmed",
            ["summary"] = summary,
            ["start"] = new JsonObject { ["dateTime"] = Format(start) },
            ["end"] = new JsonObject { ["dateTime"] = Format(end) },
            ["attendees"] = new JsonArray(
                new JsonObject { ["email"] = "owner@kopi.example", ["organizer"] = true, ["self"] = true },
                new JsonObject { ["email"] = email, ["displayName"] = name }),
        };
        lock (events) events.Add((start, end, json));
        return Task.CompletedTask;
    }

    private static string Format(DateTimeOffset t) => t.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    private static FakeResponse Page(RecordedRequest r, List<(DateTimeOffset Start, DateTimeOffset End, JsonObject Json)> events)
    {
        var timeMin = DateTimeOffset.Parse(r.Query["timeMin"]!, CultureInfo.InvariantCulture);
        var timeMax = DateTimeOffset.Parse(r.Query["timeMax"]!, CultureInfo.InvariantCulture);
        var size = int.Parse(r.Query["maxResults"]!, CultureInfo.InvariantCulture);
        var offset = r.Query["pageToken"] is { } token ? int.Parse(token, CultureInfo.InvariantCulture) : 0;
        List<JsonObject> matching;
        lock (events)
        {
            matching = [.. events.Where(e => e.End > timeMin && e.Start < timeMax).OrderBy(e => e.Start).Select(e => e.Json)];
        }
        var page = new JsonObject { ["items"] = new JsonArray([.. matching.Skip(offset).Take(size).Select(e => (JsonNode)e.DeepClone())]) };
        if (offset + size < matching.Count) page["nextPageToken"] = (offset + size).ToString(CultureInfo.InvariantCulture);
        return FakeResponse.Json(page.ToJsonString());
    }
}
