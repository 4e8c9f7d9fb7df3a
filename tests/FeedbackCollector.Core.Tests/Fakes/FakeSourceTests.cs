using FeedbackCollector.Core.Model;
using FeedbackCollector.Core.Ports;
using FeedbackCollector.Testing.Fakes;

namespace FeedbackCollector.Core.Tests.Fakes;

public sealed class FakeSourceTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_scheduler_hands_out_jobs_due_at_or_before_a_time_once()
    {
        var scheduler = new FakeAskScheduler();
        var t = new DateTimeOffset(2026, 3, 9, 10, 0, 0, TimeSpan.Zero);
        await scheduler.ScheduleAsync(new ScheduledJob("late", JobKind.FollowUp, "c", "a2", t.AddHours(1)), Ct);
        await scheduler.ScheduleAsync(new ScheduledJob("now", JobKind.SendAsk, "c", "a1", t), Ct);

        scheduler.DueAt(t).Should().ContainSingle().Which.Name.Should().Be("now");
        scheduler.TakeDue(t).Select(j => j.Name).Should().Equal("now");
        scheduler.TakeDue(t).Should().BeEmpty();
        scheduler.Jobs.Select(j => j.Name).Should().Equal("late");
    }

    [Fact]
    public async Task The_secret_and_config_sources_answer_what_was_set()
    {
        var secrets = new FakeSecretSource().Set("fc/token/signing-secret", "s3cret");
        var config = new FakeConfigSource().Set("timezone", "Asia/Singapore", "file");

        (await secrets.GetAsync("fc/token/signing-secret", Ct)).Should().Be("s3cret");
        (await secrets.GetAsync("fc/slack/bot-token", Ct)).Should().BeNull();
        secrets.Reads.Should().Be(2);
        (await config.LoadAsync(Ct))["timezone"].Should().Be(new ConfigValue("timezone", "Asia/Singapore", "file"));
    }

    [Fact]
    public async Task The_customer_source_reads_from_a_cursor_and_reports_problems_once()
    {
        var visit = new Visit("csv", "1", new Customer("c1", "Ann", "ann@example.com", null), "haircut", DateTimeOffset.UnixEpoch);
        var source = new FakeCustomerSource().Add(visit).AddProblem(3, "no email or phone");

        var first = await source.ReadSinceAsync(null, Ct);
        var second = await source.ReadSinceAsync(first.NextCursor, Ct);

        first.Visits.Should().Equal(visit);
        first.Problems.Should().ContainSingle().Which.Line.Should().Be(3);
        second.Visits.Should().BeEmpty();
        second.Problems.Should().BeEmpty();
    }

    [Fact]
    public async Task The_blob_store_keeps_old_versions_like_a_versioned_bucket()
    {
        var blobs = new FakeBlobStore();

        await blobs.PutAsync(BlobArea.Rules, "rules.txt", "one"u8.ToArray(), "text/plain", Ct);
        await blobs.PutAsync(BlobArea.Rules, "rules.txt", "two"u8.ToArray(), "text/plain", Ct);

        blobs.Versions(BlobArea.Rules, "rules.txt").Should().HaveCount(2);
    }
}
