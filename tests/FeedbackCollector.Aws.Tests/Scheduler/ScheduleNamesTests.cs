using FeedbackCollector.Aws.Http;
using FeedbackCollector.Aws.Scheduler;
using FeedbackCollector.Aws.Tests.Http;
using FeedbackCollector.Core.Ports;

namespace FeedbackCollector.Aws.Tests.Scheduler;

public sealed class ScheduleNamesTests
{
    [Fact]
    public void A_name_that_already_fits_is_kept() => ScheduleNames.ToValid("ask-a1b2c3_d.e").Should().Be("ask-a1b2c3_d.e");

    [Theory]
    [InlineData("ask/c1|a2")]
    [InlineData("ask with spaces")]
    [InlineData("ünïcode-name")]
    [InlineData("x-very-long-name-that-is-certainly-longer-than-sixty-four-characters-in-total-0123456789")]
    public void Any_name_maps_to_a_valid_name_of_at_most_64_characters(string raw)
    {
        var name = ScheduleNames.ToValid(raw);

        name.Length.Should().BeLessThanOrEqualTo(64);
        name.Should().Match(n => n.All(ScheduleNames.IsAllowed));
        ScheduleNames.ToValid(raw).Should().Be(name, "the mapping is deterministic");
    }

    [Fact]
    public void Two_names_that_clean_up_alike_stay_apart() =>
        ScheduleNames.ToValid("ask/1").Should().NotBe(ScheduleNames.ToValid("ask|1"));

    [Theory]
    [InlineData("2026-07-01T00:00:00Z", "Australia/Sydney", "at(2026-07-01T10:00:00)")]
    [InlineData("2026-12-01T00:00:00Z", "Australia/Sydney", "at(2026-12-01T11:00:00)")]
    [InlineData("2026-03-08T09:59:59.2Z", "America/New_York", "at(2026-03-08T06:00:00)")]
    [InlineData("2026-11-28T04:00:00+08:00", "Asia/Singapore", "at(2026-11-28T04:00:00)")]
    public void The_at_expression_is_local_time_in_the_business_timezone_rounded_up_to_the_second(string due, string zone, string expected)
    {
        var scheduler = new EventBridgeAskScheduler(TestClients.For(AwsService.Scheduler, new Uri("http://127.0.0.1:1")),
            new EventBridgeSchedulerOptions("arn", "role", "g", zone));

        scheduler.AtExpression(DateTimeOffset.Parse(due, System.Globalization.CultureInfo.InvariantCulture)).Should().Be(expected);
    }

    [Fact]
    public void An_unknown_timezone_fails_at_construction() =>
        FluentActions.Invoking(() => new EventBridgeAskScheduler(TestClients.For(AwsService.Scheduler, new Uri("http://127.0.0.1:1")),
            new EventBridgeSchedulerOptions("arn", "role", "g", "Mars/Olympus"))).Should().Throw<ArgumentException>();

    [Fact]
    public void A_payload_that_is_not_a_job_reads_as_null()
    {
        ScheduledJobPayload.TryParse("{\"kind\":\"launch\",\"name\":\"n\",\"customerId\":\"c\",\"askId\":\"a\",\"dueAt\":\"2026-01-01T00:00:00Z\"}").Should().BeNull();
        ScheduledJobPayload.TryParse("not json").Should().BeNull();
        var job = new ScheduledJob("n", JobKind.FollowUp, "c", "a", DateTimeOffset.UnixEpoch);
        ScheduledJobPayload.TryParse(ScheduledJobPayload.ToJson(job)).Should().Be(job);
    }
}
