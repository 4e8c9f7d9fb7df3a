using System.Globalization;
using System.Text;
using FeedbackCollector.Core.Model;
using FeedbackCollector.Core.Ports;
using FeedbackCollector.Core.Rules;
using FeedbackCollector.Google.Auth;
using FeedbackCollector.Google.Http;

namespace FeedbackCollector.Google.Calendar;

/// <summary>
/// Finished bookings from a Google Calendar (API v3 events.list, recurring events expanded):
/// confirmed timed events that ended by now become visits; cancelled, tentative, all-day and
/// still-running events are left out. The cursor is the latest end time processed (RFC 3339, UTC);
/// Google's timeMin bounds an event's end exclusively, so the next call starts right after it and
/// a booking still running now is picked up once it ends.
/// A read after a cursor also asks for the events changed since it (updatedMin, showDeleted): each one
/// cancelled or deleted that had already ended (so may have been planned) is a withdrawal of its visit,
/// under the same source id, so it lands on the ask it planned; the cursor is not moved by them.
/// </summary>
public sealed class GoogleCalendarCustomerSource : ICustomerSource
{
    private const int PageSize = 250;
    private const int MaxPages = 100;
    private const int MaxResponseBytes = 8 * 1024 * 1024;
    private readonly GoogleHttp _http;
    private readonly string _calendarId;
    private readonly TimeProvider _time;
    private readonly CalendarSourceOptions _options;
    private readonly Uri _baseUri;

    /// <param name="calendarId">"primary" or the calendar's id (often an email address).</param>
    public GoogleCalendarCustomerSource(HttpClient http, IGoogleAccessTokenSource tokens, string calendarId, TimeProvider time,
        CalendarSourceOptions? options = null, GoogleEndpoints? endpoints = null)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentException.ThrowIfNullOrWhiteSpace(calendarId);
        _http = new GoogleHttp(http, tokens);
        _calendarId = calendarId;
        _time = time ?? throw new ArgumentNullException(nameof(time));
        _options = options ?? new CalendarSourceOptions();
        _baseUri = (endpoints ?? GoogleEndpoints.Default).Calendar;
    }

    /// <exception cref="GoogleApiException">The calendar could not be read (see IsTransient).</exception>
    public async Task<VisitBatch> ReadSinceAsync(string? cursor, CancellationToken ct = default)
    {
        var now = _time.GetUtcNow();
        var since = ParseCursor(cursor) is { } after ? after - _options.RescanWindow : now - _options.InitialLookback;
        List<Withdrawal> withdrawals = ParseCursor(cursor) is null ? [] : await CancelledSinceAsync(since, now, ct);
        var batch = new Batch(now);
        string? pageToken = null;
        var pages = 0;
        do
        {
            if (++pages > MaxPages) return batch.Capped(cursor) with { Withdrawals = withdrawals };
            var page = await _http.GetJsonAsync(PageUri(since, now, pageToken), GoogleCalendarJsonContext.Default.EventsPage, MaxResponseBytes, ct);
            foreach (var e in page.Items ?? [])
            {
                if (batch.Seen >= _options.MaxEventsPerBatch) return batch.Capped(cursor) with { Withdrawals = withdrawals };
                batch.Add(e, _options);
            }
            pageToken = page.NextPageToken;
        }
        while (!string.IsNullOrEmpty(pageToken));
        return batch.Done(cursor) with { Withdrawals = withdrawals };
    }

    /// <summary>Bookings cancelled or deleted since <paramref name="since"/> that had ended by now. A deleted event
    /// keeps only its id and status, so its customer is unknown and the ask is found by its id.</summary>
    private async Task<List<Withdrawal>> CancelledSinceAsync(DateTimeOffset since, DateTimeOffset now, CancellationToken ct)
    {
        var found = new List<Withdrawal>();
        string? pageToken = null;
        var pages = 0;
        do
        {
            if (++pages > MaxPages) break;
            var page = await _http.GetJsonAsync(ChangedUri(since, pageToken), GoogleCalendarJsonContext.Default.EventsPage, MaxResponseBytes, ct);
            foreach (var e in page.Items ?? [])
            {
                if (e.Status != "cancelled" || string.IsNullOrEmpty(e.Id) || found.Count >= _options.MaxEventsPerBatch) continue;
                var ended = CalendarEventVisit.TryParseTime(e.End, out var end);
                if (ended && end > now) continue;
                var customer = ended ? CalendarEventVisit.Parse(e, end, _options).Visit?.Customer.CustomerId : null;
                found.Add(new Withdrawal(CalendarEventVisit.Source, e.Id, customer, "cancelled booking"));
            }
            pageToken = page.NextPageToken;
        }
        while (!string.IsNullOrEmpty(pageToken));
        return found;
    }

    private Uri ChangedUri(DateTimeOffset since, string? pageToken)
    {
        var query = new StringBuilder("?singleEvents=true&showDeleted=true")
            .Append("&updatedMin=").Append(Uri.EscapeDataString(Format(since)))
            .Append("&maxResults=").Append(PageSize.ToString(CultureInfo.InvariantCulture));
        if (pageToken is not null) query.Append("&pageToken=").Append(Uri.EscapeDataString(pageToken));
        return new Uri(_baseUri, $"calendar/v3/calendars/{Uri.EscapeDataString(_calendarId)}/events{query}");
    }

    private Uri PageUri(DateTimeOffset since, DateTimeOffset now, string? pageToken)
    {
        var query = new StringBuilder("?singleEvents=true&orderBy=startTime")
            .Append("&timeMin=").Append(Uri.EscapeDataString(Format(since)))
            .Append("&timeMax=").Append(Uri.EscapeDataString(Format(now)))
            .Append("&maxResults=").Append(PageSize.ToString(CultureInfo.InvariantCulture));
        if (pageToken is not null) query.Append("&pageToken=").Append(Uri.EscapeDataString(pageToken));
        return new Uri(_baseUri, $"calendar/v3/calendars/{Uri.EscapeDataString(_calendarId)}/events{query}");
    }

    internal static string Format(DateTimeOffset t) => t.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static DateTimeOffset? ParseCursor(string? cursor) =>
        DateTimeOffset.TryParse(cursor, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var t) ? t : null;

    /// <summary>What one read collected, and where the next read should start.</summary>
    private sealed class Batch(DateTimeOffset now)
    {
        private readonly List<Visit> _visits = [];
        private readonly List<DocProblem> _problems = [];
        private DateTimeOffset? _latestEnd;
        private DateTimeOffset? _lastStart;

        public int Seen { get; private set; }

        public void Add(CalendarEvent e, CalendarSourceOptions options)
        {
            Seen++;
            if (e.Status != "confirmed" || string.IsNullOrEmpty(e.Id)) return;
            if (!CalendarEventVisit.TryParseTime(e.Start, out var start) || !CalendarEventVisit.TryParseTime(e.End, out var end)) return;
            if (end > now) return;
            _lastStart = start;
            if (_latestEnd is null || end > _latestEnd) _latestEnd = end;
            var (visit, error) = CalendarEventVisit.Parse(e, end, options);
            if (visit is not null) _visits.Add(visit);
            else _problems.Add(new DocProblem(Seen, ProblemSeverity.Warning, $"event {e.Id} at {Format(start)} {error}; skipped"));
        }

        public VisitBatch Done(string? cursor) => new(_visits, _problems, Forward(cursor, _latestEnd));

        /// <summary>
        /// Cut short: events not yet seen start at or after the last one seen but may end before the
        /// latest end, so continue from that start (re-reading a few is harmless: asks are per visit).
        /// </summary>
        public VisitBatch Capped(string? cursor) => new(_visits, _problems, Forward(cursor, _lastStart));

        /// <summary>The cursor never moves back (a rescan window re-reads before it), so reads always progress.</summary>
        private static string? Forward(string? cursor, DateTimeOffset? candidate) =>
            candidate is not { } next ? cursor
            : ParseCursor(cursor) is { } previous && previous >= next ? cursor
            : Format(next);
    }
}
