using System.Globalization;
using System.Text;
using FeedbackCollector.App.CustomerList;
using FeedbackCollector.Core.CustomerList;
using FeedbackCollector.Core.Ports;

namespace FeedbackCollector.App.Tests.CustomerList;

/// <summary>
/// Issue 12 point 5 (a 50,000-row sheet on Lambda): the customer list planned in bounded runs, each handing on where the
/// rest begins, every row planned once across runs, the owner told of a version's bad rows once, and a run for a
/// replaced version superseded. serve's whole-list run is the same use case with no budget.
/// </summary>
public sealed class CustomerListChunkTests : IDisposable
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private static readonly DateTimeOffset Now = AppWorld.Start;
    private readonly AppWorld _w = new();

    private const string Header = "First name,Email,Service,Ended at,Booking id\n";

    private static string Rows(int count, int from = 0) => string.Concat(Enumerable.Range(from, count).Select(i =>
        $"C{i},c{i}@example.com,haircut,{AppWorld.Start.AddHours(-2).ToString("yyyy-MM-dd'T'HH:mm:ssZ", CultureInfo.InvariantCulture)},bk-{i}\n"));

    private static ChunkBudget Budget(int max) => new(max, null, ChunkBudget.DefaultReserve);

    private Task<CustomerListReport> RunAsync(string csv, CustomerListRun run) =>
        _w.App.CustomerList.RunAsync(Encoding.UTF8.GetBytes(csv), "customer sheet", run, Ct);

    /// <summary>Runs as a host would: from the start until a run reports no rest.</summary>
    private async Task<List<CustomerListReport>> ChainAsync(string csv, string? version, int max)
    {
        var reports = new List<CustomerListReport> { await RunAsync(csv, new CustomerListRun(version, 0, Budget(max))) };
        while (reports[^1].Next is { } next) reports.Add(await RunAsync(csv, new CustomerListRun(version, next, Budget(max))));
        return reports;
    }

    [Theory]
    [InlineData(0, null, false)]
    [InlineData(3, null, false)]
    [InlineData(4, null, true)]
    [InlineData(1, 4.0, true)]
    [InlineData(1, 6.0, false)]
    [InlineData(0, 1.0, false)]
    public void A_run_stops_after_its_new_rows_or_when_less_than_the_reserve_is_left_but_always_plans_one(int handed, double? secondsLeft, bool spent)
    {
        var budget = new ChunkBudget(4, secondsLeft is { } s ? Now.AddSeconds(s) : null, TimeSpan.FromSeconds(5));

        budget.IsSpent(handed, Now).Should().Be(spent);
    }

    [Theory]
    [InlineData(0, null, 50, 4)]
    [InlineData(3, null, 50, 1)]
    [InlineData(4, null, 50, 0)]
    [InlineData(0, null, 2, 2)]
    [InlineData(0, 1.0, 50, 1)]
    [InlineData(1, 1.0, 50, 0)]
    public void A_batch_takes_what_is_left_of_the_runs_new_rows_and_only_the_one_row_when_the_run_starts_late(int handed, double? secondsLeft,
        int batch, int room)
    {
        var budget = new ChunkBudget(4, secondsLeft is { } s ? Now.AddSeconds(s) : null, TimeSpan.FromSeconds(5));

        budget.Room(handed, Now, batch).Should().Be(room);
    }

    [Fact]
    public void The_whole_list_budget_of_serve_is_never_spent()
    {
        ChunkBudget.Unlimited.IsSpent(1_000_000, DateTimeOffset.MaxValue).Should().BeFalse();
    }

    [Fact]
    public async Task A_bounded_run_plans_its_share_of_new_rows_and_says_where_the_rest_begins_and_the_chain_plans_every_row_once()
    {
        var csv = Header + Rows(10);
        await _w.App.CustomerList.RunAsync(Encoding.UTF8.GetBytes(Header + Rows(2, from: 3)), "customer sheet", Ct);

        var reports = await ChainAsync(csv, "v1", max: 3);

        reports.Select(r => (r.Planned, r.AlreadyPlanned, r.Next)).Should().Equal((3, 0, 3), (3, 2, 8), (2, 0, null));
        reports.Sum(r => r.Planned).Should().Be(8, "the two rows planned before cost nothing and count in no chunk");
        _w.FakeAsks.All.Should().HaveCount(10).And.OnlyHaveUniqueItems(a => a.AskId);
    }

    [Fact]
    public async Task A_run_that_starts_near_its_deadline_still_plans_one_row_so_the_chain_ends()
    {
        var late = new ChunkBudget(400, _w.Clock.GetUtcNow().AddSeconds(1), ChunkBudget.DefaultReserve);

        var report = await RunAsync(Header + Rows(3), new CustomerListRun("v1", 0, late));

        (report.Planned, report.Next).Should().Be((1, 1));
    }

    [Fact]
    public async Task The_owner_hears_of_a_versions_bad_rows_once_across_its_runs_and_again_for_a_new_version()
    {
        var csv = Header + Rows(4) + "Cat,,haircut,2026-03-01 10:00,\n" + Rows(4, from: 4);

        var v1 = await ChainAsync(csv, "v1", max: 2);
        var v1Again = await ChainAsync(csv, "v1", max: 2);
        var v2 = await ChainAsync(csv, "v2", max: 2);

        v1.Should().HaveCount(4);
        v1.Count(r => r.OwnerTold is not null).Should().Be(1);
        v1Again.Should().OnlyContain(r => r.OwnerTold == null, "an S3 retry of a run of the same version tells no one again");
        v2.Count(r => r.OwnerTold is not null).Should().Be(1, "a restored or new version is reported once itself");
        _w.FakeMailer.Sent.Should().HaveCount(2).And.OnlyContain(m => m.TextBody.Contains("row 6: no contact", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_run_of_the_mirror_for_a_replaced_version_is_superseded_and_plans_nothing()
    {
        await _w.FakeBlobs.PutAsync(BlobArea.Customers, "customers.csv", Encoding.UTF8.GetBytes(Header + Rows(3)), "text/csv", Ct);
        var first = await _w.App.CustomerList.RunMirrorAsync("customers.csv", "customer sheet", new CustomerListRun(null, 0, Budget(2)), Ct);
        await _w.FakeBlobs.PutAsync(BlobArea.Customers, "customers.csv", Encoding.UTF8.GetBytes(Header + Rows(4)), "text/csv", Ct);

        var stale = await _w.App.CustomerList.RunMirrorAsync("customers.csv", "customer sheet", new CustomerListRun(first.Version, first.Next!.Value, Budget(2)), Ct);
        var fresh = await _w.App.CustomerList.RunMirrorAsync("customers.csv", "customer sheet", new CustomerListRun(null, 0, Budget(10)), Ct);

        (first.Planned, first.Next, first.Version).Should().Be((2, 2, "1"));
        (stale.Superseded, stale.Planned).Should().Be((true, 0));
        (fresh.Planned, fresh.AlreadyPlanned, fresh.Next, fresh.Version).Should().Be((2, 2, null, "2"));
    }

    public void Dispose() => _w.Dispose();
}
