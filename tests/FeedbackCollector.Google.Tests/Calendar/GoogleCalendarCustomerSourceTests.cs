using FeedbackCollector.Core.Model;
using FeedbackCollector.Core.Rules;
using FeedbackCollector.Google.Auth;
using FeedbackCollector.Google.Calendar;
using Microsoft.Extensions.Time.Testing;

namespace FeedbackCollector.Google.Tests.Calendar;

public sealed class GoogleCalendarCustomerSourceTests : IAsyncLifetime
{
    private const string EventsPath = $"/calendar/v3/calendars/{CalendarResponses.CalendarId}/events";
    private static readonly DateTimeOffset Now = new(2026, 11, 28, 10, 0, 0, TimeSpan.Zero);
    private readonly FakeGoogleServer _server = new();
    private readonly FakeTimeProvider _time = new(Now);
    private readonly HttpClient _http = new();

    public ValueTask InitializeAsync()
    {
        _server.On(EventsPath, r => FakeResponse.Json(r.Query["pageToken"] == CalendarResponses.PageToken ? CalendarResponses.Page2 : CalendarResponses.Page1));
        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync()
    {
        _http.Dispose();
        await _server.DisposeAsync();
    }

    private GoogleCalendarCustomerSource Source(CalendarSourceOptions? options = null) =>
        new(_http, new StaticAccessTokenSource("ya29.calendar"), CalendarResponses.CalendarId, _time, options, _server.Endpoints);

    [Fact]
    public async Task Finished_confirmed_bookings_across_pages_become_calendar_visits()
    {
        var batch = await Source().ReadSinceAsync(null);

        batch.Visits.Select(v => (v.SourceId, v.Customer.FirstName, v.VisitType)).Should().Equal(
            ("7k3b2m1q9p0r8s6t5u4v3w2x1y", "Ann", "Haircut"),
            ("rec123abc_20261128T030000Z", "Carl", "beard"),
            ("massage0dee", "Dee", "Massage"));
        var ann = batch.Visits[0];
        ann.Source.Should().Be("calendar");
        ann.Customer.Should().Be(new Customer(AskId.ForCustomer("ann@example.com", null), "Ann", "ann@example.com", null));
        ann.EndedAt.Should().Be(new DateTimeOffset(2026, 11, 28, 10, 0, 0, TimeSpan.FromHours(8)));
    }

    [Fact]
    public async Task Cancelled_tentative_all_day_and_still_running_events_are_left_out()
    {
        var batch = await Source().ReadSinceAsync(null);

        batch.Visits.Select(v => v.SourceId).Should().NotContain(["cancelled0booking1", "tentative0booking", "allday0closed", "ongoing0fay"]);
    }

    [Fact]
    public async Task A_finished_event_without_a_customer_is_a_warning_naming_the_event()
    {
        var problem = (await Source().ReadSinceAsync(null)).Problems.Should().ContainSingle().Which;

        problem.Severity.Should().Be(ProblemSeverity.Warning);
        problem.Message.Should().Contain("lunch0block").And.Contain("no customer");
    }

    [Fact]
    public async Task The_first_read_looks_back_a_day_until_now_and_follows_the_page_token()
    {
        await Source().ReadSinceAsync(null);

        var requests = _server.Received;
        requests.Should().HaveCount(2).And.OnlyContain(r => r.Path == EventsPath && r.Authorization == "Bearer ya29.calendar");
        var first = requests[0].Query;
        first["singleEvents"].Should().Be("true");
        first["orderBy"].Should().Be("startTime");
        first["timeMin"].Should().Be("2026-11-27T10:00:00Z");
        first["timeMax"].Should().Be("2026-11-28T10:00:00Z");
        first["pageToken"].Should().BeNull();
        requests[1].Query["pageToken"].Should().Be(CalendarResponses.PageToken);
        requests[1].Query["timeMin"].Should().Be("2026-11-27T10:00:00Z");
    }

    [Fact]
    public async Task The_cursor_is_the_latest_end_processed_and_the_next_read_starts_there()
    {
        var batch = await Source().ReadSinceAsync(null);
        batch.NextCursor.Should().Be("2026-11-28T09:00:00Z");

        _server.On(EventsPath, _ => FakeResponse.Json(CalendarResponses.Empty));
        var next = await Source().ReadSinceAsync(batch.NextCursor);

        _server.Received[^1].Query["timeMin"].Should().Be("2026-11-28T09:00:00Z");
        next.NextCursor.Should().Be(batch.NextCursor, "nothing new keeps the cursor");
    }

    [Fact]
    public async Task A_booking_still_running_is_read_once_it_has_ended()
    {
        _server.On(EventsPath, _ => FakeResponse.Json(CalendarResponses.OnlyFay));
        var during = await Source().ReadSinceAsync("2026-11-28T09:00:00Z");
        during.Visits.Should().BeEmpty();
        during.NextCursor.Should().Be("2026-11-28T09:00:00Z");

        _time.Advance(TimeSpan.FromHours(1));
        var after = await Source().ReadSinceAsync(during.NextCursor);

        after.Visits.Select(v => v.SourceId).Should().Equal("ongoing0fay");
        after.NextCursor.Should().Be("2026-11-28T10:30:00Z");
    }

    [Fact]
    public async Task A_read_cut_short_by_the_cap_continues_from_the_last_start_seen()
    {
        var batch = await Source(new CalendarSourceOptions { MaxEventsPerBatch = 3 }).ReadSinceAsync(null);

        batch.Visits.Select(v => v.SourceId).Should().Equal("7k3b2m1q9p0r8s6t5u4v3w2x1y", "rec123abc_20261128T030000Z");
        batch.NextCursor.Should().Be("2026-11-28T03:00:00Z", "later-starting events may end before the latest end seen");
    }

    [Fact]
    public async Task A_rescan_window_reads_again_before_the_cursor_for_late_entered_bookings()
    {
        _server.On(EventsPath, _ => FakeResponse.Json(CalendarResponses.Page1.Replace(CalendarResponses.PageToken, "", StringComparison.Ordinal)));

        var batch = await Source(new CalendarSourceOptions { RescanWindow = TimeSpan.FromHours(6) }).ReadSinceAsync("2026-11-28T09:00:00Z");

        _server.Received.Single(r => r.Query["updatedMin"] is null).Query["timeMin"].Should().Be("2026-11-28T03:00:00Z");
        batch.Visits.Should().HaveCount(2, "bookings before the cursor are read again");
        batch.NextCursor.Should().Be("2026-11-28T09:00:00Z", "the cursor never moves back");
    }

    [Fact]
    public async Task A_booking_cancelled_or_deleted_after_it_ended_withdraws_its_visit_under_the_same_ask_id()
    {
        var planned = await Source().ReadSinceAsync(null);
        _server.On(r => r.Path == EventsPath && r.Query["updatedMin"] is not null, _ => FakeResponse.Json(CalendarResponses.Changed));

        var next = await Source().ReadSinceAsync(planned.NextCursor);

        next.Withdrawals.Should().Equal(
            new Withdrawal("calendar", "7k3b2m1q9p0r8s6t5u4v3w2x1y", AskId.ForCustomer("ann@example.com", null), "cancelled booking"),
            new Withdrawal("calendar", "massage0dee", null, "cancelled booking"));
        next.Withdrawals!.Select(w => w.AskId).Should().BeSubsetOf(planned.Visits.Select(v => v.AskId), "each lands on the ask its visit planned");
        var changed = _server.Received.Single(r => r.Query["updatedMin"] is not null).Query;
        (changed["updatedMin"], changed["showDeleted"], changed["singleEvents"]).Should().Be(("2026-11-28T09:00:00Z", "true", "true"));
        next.NextCursor.Should().Be(planned.NextCursor, "a cancellation does not move the cursor");
    }

    [Fact]
    public async Task The_first_read_asks_for_no_cancellations_because_nothing_was_planned_from_the_calendar_yet()
    {
        var batch = await Source().ReadSinceAsync(null);

        batch.Withdrawals.Should().BeNullOrEmpty();
        _server.Received.Should().OnlyContain(r => r.Query["updatedMin"] == null && r.Query["showDeleted"] == null);
    }

    [Fact]
    public async Task Summary_separators_are_configurable()
    {
        _server.On(EventsPath, _ => FakeResponse.Json(CalendarResponses.Page1.Replace("Haircut – Ann", "Haircut | Ann", StringComparison.Ordinal)));

        var batch = await Source(new CalendarSourceOptions { SummarySeparators = [" | "] }).ReadSinceAsync(null);

        batch.Visits[0].VisitType.Should().Be("Haircut");
    }

    [Fact]
    public async Task A_calendar_not_shared_with_the_account_is_a_permanent_error()
    {
        _server.On(EventsPath, _ => FakeResponse.Error(404, """{"error":{"errors":[{"domain":"global","reason":"notFound","message":"Not Found"}],"code":404,"message":"Not Found"}}"""));

        var act = async () => await Source().ReadSinceAsync(null);

        var error = (await act.Should().ThrowAsync<GoogleApiException>()).Which;
        error.ErrorCode.Should().Be("notFound");
        error.IsTransient.Should().BeFalse();
    }
}
