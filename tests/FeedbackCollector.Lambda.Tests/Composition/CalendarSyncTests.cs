using System.Text;
using System.Text.Json.Nodes;
using FeedbackCollector.Core.Model;
using FeedbackCollector.Core.Ports;
using FeedbackCollector.Google;
using FeedbackCollector.Lambda.Composition;
using FeedbackCollector.Lambda.Logging;
using FeedbackCollector.Lambda.Roles;
using FeedbackCollector.Lambda.UseCases;
using FeedbackCollector.Testing.Fakes;

namespace FeedbackCollector.Lambda.Tests.Composition;

public sealed class CalendarSyncTests
{
    private const string Salon = "salon@group.calendar.google.com";
    private const string Spa = "spa@group.calendar.google.com";

    private readonly FakeBlobStore _blobs = new();
    private readonly RecordingInvoker _invoker = new();

    [Fact]
    public async Task A_calendar_that_fails_does_not_stop_the_others_and_only_the_one_read_moves_its_cursor()
    {
        var job = Job(new FixedSource(Batch("evt-1", "2026-11-28T09:00:00Z")), new FailingSource(404, transient: false));

        var outcome = await job.RunAsync(TestContext.Current.CancellationToken);

        outcome.Outcome.Should().Be("partly-synced");
        outcome.Count.Should().Be(1);
        Planned().Should().Equal("evt-1");
        (await TextAsync(CalendarSyncJob.CursorKey(Salon))).Should().Be("2026-11-28T09:00:00Z");
        (await TextAsync(CalendarSyncJob.CursorKey(Spa))).Should().BeNull("a calendar not read keeps its cursor");
        outcome.Alerts.Should().Equal(OwnerAlerts.CalendarSyncFailed);
        outcome.Warnings.Should().ContainSingle().Which.Should().Contain(Spa).And.Contain("404");
    }

    [Fact]
    public async Task A_calendar_gone_or_no_longer_shared_is_told_to_the_owner_at_once_and_only_once()
    {
        var job = Job(new FixedSource(Batch("evt-1", "2026-11-28T09:00:00Z")), new FailingSource(403, transient: false));

        await job.RunAsync(TestContext.Current.CancellationToken);
        await job.RunAsync(TestContext.Current.CancellationToken);

        var note = OwnerNotes().Should().ContainSingle().Subject;
        note["subject"]!.GetValue<string>().Should().Contain(Spa);
        note["text"]!.GetValue<string>().Should().Contain("shared with the service account");
        (await TextAsync(CalendarSyncJob.StreakKey(Spa))).Should().Be("2 told");
    }

    [Fact]
    public async Task A_calendar_google_keeps_failing_to_serve_is_told_on_the_third_run_in_a_row_and_a_good_run_ends_the_streak()
    {
        var spa = new FailingSource(503, transient: true);
        var job = Job(new FixedSource(Batch("evt-1", "2026-11-28T09:00:00Z")), spa);

        for (var run = 0; run < 2; run++) await job.RunAsync(TestContext.Current.CancellationToken);
        OwnerNotes().Should().BeEmpty("two failed runs may be Google's passing trouble");
        await job.RunAsync(TestContext.Current.CancellationToken);
        OwnerNotes().Should().ContainSingle();

        spa.Healthy = true;
        var outcome = await job.RunAsync(TestContext.Current.CancellationToken);

        outcome.Outcome.Should().Be("synced");
        (await TextAsync(CalendarSyncJob.StreakKey(Spa))).Should().Be("0");
        (await TextAsync(CalendarSyncJob.CursorKey(Spa))).Should().Be("2026-11-28T10:00:00Z");
    }

    [Fact]
    public async Task Without_calendars_the_run_answers_not_configured()
    {
        var outcome = await new CalendarSyncJob([], _blobs, new LambdaHandoff(_invoker, Role.CalendarSync)).RunAsync(TestContext.Current.CancellationToken);

        outcome.Outcome.Should().Be("not-configured");
        _invoker.Calls.Should().BeEmpty();
    }

    [Theory]
    [InlineData("salon@group.calendar.google.com", new[] { "salon@group.calendar.google.com" })]
    [InlineData(" salon@x.com, spa@x.com ,salon@x.com", new[] { "salon@x.com", "spa@x.com" })]
    [InlineData("primary\nspa@x.com", new[] { "primary", "spa@x.com" })]
    [InlineData("", new string[0])]
    public void Calendar_ids_are_a_list_and_one_id_is_a_list_of_one(string setting, string[] ids)
    {
        GoogleSyncJobs.CalendarIds(setting).Should().Equal(ids);
    }

    private CalendarSyncJob Job(ICustomerSource salon, ICustomerSource spa) =>
        new([new CalendarFeed(Salon, salon), new CalendarFeed(Spa, spa)], _blobs, new LambdaHandoff(_invoker, Role.CalendarSync));

    private static VisitBatch Batch(string eventId, string cursor) =>
        new([new Visit("calendar", eventId, new Customer("c1", "Ann", "ann@example.org", null), "haircut",
            DateTimeOffset.Parse(cursor, System.Globalization.CultureInfo.InvariantCulture))], [], cursor);

    private IEnumerable<string> Planned() => _invoker.Payloads("plan-visits")
        .SelectMany(p => p["visits"]!.AsArray()).Select(v => v!["sourceId"]!.GetValue<string>());

    private IReadOnlyList<JsonNode> OwnerNotes() => [.. _invoker.Payloads("tell-owner")];

    private async Task<string?> TextAsync(string key) =>
        await _blobs.GetAsync(BlobArea.Customers, key, TestContext.Current.CancellationToken) is { } bytes ? Encoding.UTF8.GetString(bytes) : null;

    private sealed class FixedSource(VisitBatch batch) : ICustomerSource
    {
        public Task<VisitBatch> ReadSinceAsync(string? cursor, CancellationToken ct = default) => Task.FromResult(batch);
    }

    private sealed class FailingSource(int status, bool transient) : ICustomerSource
    {
        public bool Healthy { get; set; }

        public Task<VisitBatch> ReadSinceAsync(string? cursor, CancellationToken ct = default) => Healthy
            ? Task.FromResult(Batch("evt-2", "2026-11-28T10:00:00Z"))
            : throw new GoogleApiException($"GET events answered {status}", status, "notFound", transient);
    }

    private sealed class RecordingInvoker : IRoleInvoker
    {
        public List<(Role Target, byte[] Payload)> Calls { get; } = [];

        public IEnumerable<JsonNode> Payloads(string kind) =>
            Calls.Where(c => c.Target == Role.RequestBuilder).Select(c => JsonNode.Parse(c.Payload)!).Where(p => p["kind"]!.GetValue<string>() == kind);

        public Task InvokeAsync(Role target, byte[] payload, CancellationToken ct)
        {
            Calls.Add((target, payload));
            return Task.CompletedTask;
        }
    }
}
