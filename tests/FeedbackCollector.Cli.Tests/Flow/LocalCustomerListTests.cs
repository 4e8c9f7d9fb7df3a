using System.Globalization;
using FeedbackCollector.Cli.Composition;
using FeedbackCollector.Cli.Config;
using FeedbackCollector.Core.Model;
using FeedbackCollector.Testing.Webhooks;
using FeedbackCollector.Web;
using Microsoft.Extensions.Time.Testing;

namespace FeedbackCollector.Cli.Tests.Flow;

/// <summary>
/// Issue 12 on serve, through Collector's own wiring: a webhook sale lands in customers.csv as a row, and the watcher plans
/// the whole file by natural key, so a retried sale, a re-sorted file and a row inserted above plan nothing twice.
/// </summary>
public sealed class LocalCustomerListTests : IDisposable
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "fc-list-" + Guid.NewGuid().ToString("N")[..10]);

    private async Task<Collector> StartAsync()
    {
        var config = LocalConfig.Load(null, new Dictionary<string, string> { ["FC_DATA_DIR"] = _dir });
        config.GenerateMissingSecrets();
        return await Collector.BuildAsync(ServeSettings.From(config), new FakeTimeProvider(SaleThenRefund.Start), _ => { }, Ct);
    }

    private static async Task<int> AsksAsync(Collector c, string email) =>
        (await c.Storage.Asks.ListForCustomerAsync(AskId.ForCustomer(email, null), Ct)).Count;

    [Fact]
    public async Task A_sale_is_appended_to_customers_csv_and_the_watcher_plans_only_customers_it_has_not_asked()
    {
        var serve = await StartAsync();
        var web = serve.App.Web(new WebAppOptions(null, SignedDeliveries.Schemes()));
        var sale = SignedDeliveries.Request(SaleThenRefund.Sale("shopify"), SaleThenRefund.Start);

        (await web.Handle(sale, Ct)).Status.Should().Be(200);
        (await web.Handle(sale, Ct)).Status.Should().Be(200);
        (await serve.Watcher.PollOnceAsync(Ct)).Should().BeTrue();

        var lines = await File.ReadAllLinesAsync(serve.Settings.CustomersCsv, Ct);
        lines.Should().HaveCount(2).And.Subject.First().Should().Be("first_name,email,phone,visit_type,visit_end,source,source_id");
        lines[1].Should().StartWith("Mia,mia@example.com,").And.EndWith(",shopify,8001");
        (await AsksAsync(serve, SaleThenRefund.Email)).Should().Be(1);

        var ended = SaleThenRefund.Start.AddHours(-2).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
        await File.WriteAllLinesAsync(serve.Settings.CustomersCsv, [lines[0], $"Ann,ann@example.com,,haircut,{ended},,", lines[1], lines[1]], Ct);
        (await serve.Watcher.PollOnceAsync(Ct)).Should().BeTrue();
        (await serve.Watcher.PollOnceAsync(Ct)).Should().BeFalse("an unchanged file is not read again");

        (await AsksAsync(serve, "ann@example.com")).Should().Be(1);
        (await AsksAsync(serve, SaleThenRefund.Email)).Should().Be(1, "the sale's row, twice, is the sale's one ask");
    }

    public void Dispose()
    {
        if (Directory.Exists(_dir)) Directory.Delete(_dir, recursive: true);
    }
}
