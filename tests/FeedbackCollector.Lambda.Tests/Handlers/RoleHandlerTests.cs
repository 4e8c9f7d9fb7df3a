using System.Text;
using System.Text.Json;
using FeedbackCollector.Core.Ports;
using FeedbackCollector.Lambda.Composition;
using FeedbackCollector.Lambda.Handlers;
using FeedbackCollector.Lambda.Roles;
using FeedbackCollector.Lambda.Runtime;
using FeedbackCollector.Lambda.Tests.Support;
using FeedbackCollector.Lambda.UseCases;

namespace FeedbackCollector.Lambda.Tests.Handlers;

public sealed class RoleHandlerTests
{
    private static readonly InvocationContext Context = new("req-1", null, null, null);
    private readonly FakeUseCases _uses = new();

    private Task<HandlerResult> Handle(Role role, string eventFile) =>
        RoleSwitch.Create(role, _uses).HandleAsync(RecordedEvents.Bytes(eventFile), Context, TestContext.Current.CancellationToken);

    private static JsonElement Json(HandlerResult result) => JsonDocument.Parse(result.Payload).RootElement;

    [Fact]
    public async Task Warmup_is_answered_by_every_role_without_touching_a_use_case()
    {
        foreach (var role in Enum.GetValues<Role>())
        {
            var handler = RoleSwitch.Create(role, new PendingUseCases("nothing"));
            var result = await handler.HandleAsync(RecordedEvents.Bytes("warmup.json"), Context, TestContext.Current.CancellationToken);
            result.Outcome.Should().Be("warm");
        }
    }

    [Fact]
    public async Task Reply_handler_serves_a_star_tap_through_its_function_url_as_the_shared_pages_request()
    {
        var result = await Handle(Role.ReplyHandler, "function-url-post-tap.json");

        var request = _uses.WebRequests.Single();
        (request.Method, request.Path, request.RemoteIp).Should().Be(("POST", "/t/ab12cd34ef", "203.0.113.7"));
        Encoding.UTF8.GetString(request.Body.Span).Should().Be("s=5&comment=Great+cut", "the base64 body is decoded");
        Json(result).GetProperty("statusCode").GetInt32().Should().Be(202);
        Json(result).GetProperty("isBase64Encoded").GetBoolean().Should().BeFalse();
        result.Outcome.Should().Be("http-202", "a page without an outcome word of its own is logged by its status");
    }

    [Fact]
    public async Task Reply_handler_passes_the_tap_pages_query_on_a_GET()
    {
        await Handle(Role.ReplyHandler, "function-url-get-tap.json");

        _uses.WebRequests.Single().Query.Should().Contain("s", "5");
    }

    [Fact]
    public async Task Reply_handler_reads_the_mime_object_an_s3_event_names_through_the_inbound_use_case()
    {
        var result = await Handle(Role.ReplyHandler, "s3-put-mime.json");

        _uses.Calls.Should().Equal("mail:fc-raw-mime:inbound/o2k7l9m1n3p5q7r9s1t3 reply");
        Json(result).GetProperty("outcome").GetString().Should().Be("accepted");
    }

    [Fact]
    public async Task Router_hands_the_answer_to_the_routing_use_case()
    {
        var result = await Handle(Role.Router, "invoke-route.json");

        _uses.Calls.Should().Equal("route:cabcdefghijklmnopqrst:aabcdefghijklmnopqrst:");
        result.Outcome.Should().Be("recorded-happy");
    }

    [Fact]
    public async Task Request_builder_sends_the_ask_a_schedule_names_and_plans_the_visits_it_is_handed()
    {
        await Handle(Role.RequestBuilder, "scheduler-send-ask.json");
        var planned = await Handle(Role.RequestBuilder, "invoke-plan-visits.json");

        _uses.Calls[0].Should().Be($"send:{JobKind.SendAsk}:cabcdefghijklmnopqrst:aabcdefghijklmnopqrst:fc-ask-aabcdefghijklmnopqrst");
        var visit = _uses.Planned.Single();
        (visit.Source, visit.SourceId, visit.VisitType, visit.Customer.Email).Should().Be(("square", "p1", "haircut", "mei@example.com"));
        visit.EndedAt.Should().Be(new DateTimeOffset(2026, 11, 28, 2, 30, 0, TimeSpan.FromHours(8)));
        Json(planned).GetProperty("count").GetInt32().Should().Be(1);
    }

    [Fact]
    public async Task Request_builder_answers_an_operators_erase_and_export_invoke_with_the_use_cases_report()
    {
        var erased = await Handle(Role.RequestBuilder, "invoke-erase.json");
        var exported = await Handle(Role.RequestBuilder, "invoke-export.json");

        _uses.Calls.Should().Equal("erase:mei@example.com", "export:+65 9123 4567");
        (erased.Outcome, exported.Outcome).Should().Be(("erased", "exported"));
        Json(erased).GetProperty("asks").GetInt32().Should().Be(1, "the payload is the report itself, not a role response");
    }

    [Fact]
    public async Task An_erase_invoke_without_a_contact_is_refused_as_an_invalid_event()
    {
        var act = () => RoleSwitch.Create(Role.RequestBuilder, _uses).HandleAsync("""{"kind":"erase"}"""u8.ToArray(), Context, TestContext.Current.CancellationToken);

        (await act.Should().ThrowAsync<InvalidEventException>()).WithMessage("*contact*");
        _uses.Calls.Should().BeEmpty();
    }

    [Theory]
    [InlineData("drive-sync", "scheduler-drive-sync.json", "sync")]
    [InlineData("calendar-sync", "scheduler-calendar-sync.json", "sync")]
    [InlineData("sweep-summary", "scheduler-daily-sweep.json", "sweep")]
    [InlineData("sweep-summary", "scheduler-monthly-summary.json", "summary")]
    [InlineData("dispatch", "invoke-dispatch.json", "dispatch:cabcdefghijklmnopqrst:aabcdefghijklmnopqrst")]
    [InlineData("intake-webhook", "function-url-webhook.json", "web")]
    public async Task Each_role_calls_its_use_case_for_its_trigger(string role, string eventFile, string call)
    {
        await Handle(Lambda.Roles.Roles.Parse(role), eventFile);

        _uses.Calls.Should().Equal(call);
    }

    [Theory]
    [InlineData("drive-sync", "scheduler-calendar-sync.json")]
    [InlineData("router", "s3-put-mime.json")]
    [InlineData("intake-webhook", "invoke-dispatch.json")]
    [InlineData("sweep-summary", "scheduler-send-ask.json")]
    [InlineData("dispatch", "function-url-get-tap.json")]
    public async Task A_role_refuses_a_trigger_it_does_not_take(string role, string eventFile)
    {
        var handle = () => Handle(Lambda.Roles.Roles.Parse(role), eventFile);

        await handle.Should().ThrowAsync<UnsupportedEventException>();
        _uses.Calls.Should().BeEmpty();
    }

    [Theory]
    [InlineData("{\"kind\":\"route\",\"customerId\":\"c1\"}")]
    [InlineData("{\"kind\":\"route\",\"customerId\":7}")]
    [InlineData("{\"kind\":\"send-ask\",\"askId\":\"a1\"}")]
    public async Task An_event_missing_or_garbling_a_field_is_invalid(string json)
    {
        var role = json.Contains("send-ask", StringComparison.Ordinal) ? Role.RequestBuilder : Role.Router;

        var handle = () => RoleSwitch.Create(role, _uses).HandleAsync(Encoding.UTF8.GetBytes(json), Context, TestContext.Current.CancellationToken);

        await handle.Should().ThrowAsync<InvalidEventException>();
    }

    [Fact]
    public async Task Request_builder_plans_the_customer_list_from_its_s3_event_and_its_own_continuation_within_the_invocations_deadline()
    {
        var deadline = new DateTimeOffset(2026, 3, 2, 1, 0, 30, TimeSpan.Zero);
        var context = new InvocationContext("req-2", deadline, null, null);
        var handler = RoleSwitch.Create(Role.RequestBuilder, _uses);
        var ct = TestContext.Current.CancellationToken;

        await handler.HandleAsync("""
            {"Records":[{"eventSource":"aws:s3","eventName":"ObjectCreated:Put","s3":{"bucket":{"name":"fc-customers-1"},
              "object":{"key":"customers.csv","size":9,"versionId":"v-7"}}}]}
            """u8.ToArray(), context, ct);
        var next = await handler.HandleAsync("""
            {"kind":"plan-customer-list","bucket":"fc-customers-1","key":"customers.csv","version":"v-7","start":400}
            """u8.ToArray(), context, ct);
        var noStart = () => handler.HandleAsync("""{"kind":"plan-customer-list","bucket":"b","key":"k","version":"v"}"""u8.ToArray(), context, ct);

        _uses.ListRuns.Should().Equal((new CustomerListStep("fc-customers-1", "customers.csv", "v-7", 0), deadline),
            (new CustomerListStep("fc-customers-1", "customers.csv", "v-7", 400), deadline));
        Json(next).GetProperty("outcome").GetString().Should().Be("list-continued");
        await noStart.Should().ThrowAsync<InvalidEventException>().WithMessage("*start*");
    }
}
