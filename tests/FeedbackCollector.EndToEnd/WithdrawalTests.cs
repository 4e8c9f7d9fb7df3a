using System.Text;
using FeedbackCollector.Core.Model;
using FeedbackCollector.Local.Sqlite;
using FeedbackCollector.Testing.Webhooks;

namespace FeedbackCollector.EndToEnd;

/// <summary>Issue 12 against a running `serve`: a refund that arrives before the send time withdraws the ask.</summary>
public sealed class WithdrawalTests
{
    [Fact]
    public async Task A_signed_sale_then_its_refund_leaves_no_ask_in_the_outbox_after_the_send_time()
    {
        await using var serve = await ServeProcess.StartNewAsync();
        const string kept = "kai@customers.example";
        using (var sale = await serve.PostWebhookAsync(Encoding.UTF8.GetBytes(SaleThenRefund.Sale("generic").Body)))
            sale.StatusCode.Should().Be(System.Net.HttpStatusCode.OK);
        var storage = await LocalStorage.OpenAsync(Path.Combine(serve.DataDir, "feedback.db"));
        var (source, saleId) = SaleThenRefund.Visit("generic");
        var mia = await storage.Asks.GetAsync(AskId.ForCustomer(SaleThenRefund.Email, null), AskId.ForVisit(source, saleId));
        mia.Should().NotBeNull("the sale planned an ask");
        mia!.Status.Should().Be(AskStatus.Pending);
        (await serve.PostWebhookAsync(ServeProcess.Visit("sale-k", "Kai", kept, ServeProcess.Start))).Dispose();
        using (var refund = await serve.PostWebhookAsync(Encoding.UTF8.GetBytes(SaleThenRefund.Refund("generic").Body)))
            refund.StatusCode.Should().Be(System.Net.HttpStatusCode.OK);

        await serve.AdvanceToAsync(ServeProcess.Start.AddHours(3));
        await serve.TickAsync();

        (await serve.WaitForMailAsync(kept, 1)).Should().ContainSingle("the sale that was not refunded is asked at its time");
        serve.OutboxTo(SaleThenRefund.Email).Should().BeEmpty("the refunded customer is never asked");
        (await storage.Asks.GetAsync(mia.CustomerId, mia.AskId))!.Status.Should().Be(AskStatus.Closed);
    }
}
