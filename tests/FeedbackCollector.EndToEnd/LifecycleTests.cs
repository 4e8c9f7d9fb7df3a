using FeedbackCollector.Core.Model;
using FeedbackCollector.Local.Sqlite;

namespace FeedbackCollector.EndToEnd;

/// <summary>The parts of `serve` around the flow: the watched customers CSV and a clean stop.</summary>
public sealed class LifecycleTests
{
    [Fact]
    public async Task New_rows_of_the_customers_csv_become_asks_and_a_malformed_row_is_skipped_and_told_to_the_owner_with_its_row()
    {
        await using var serve = await ServeProcess.StartNewAsync();
        await File.WriteAllTextAsync(Path.Combine(serve.DataDir, "customers.csv"),
            "first_name,email,phone,visit_type,visit_end,source_id\n" +
            "Ann,ann@csv.example,,haircut,2026-03-02 09:00,b-1\n" +
            "Bad,bad@csv.example,,haircut,not a date,b-2\n" +
            "Cy,cy@csv.example,,haircut,2026-03-02 09:00,b-3\n");
        await serve.TickAsync();
        var storage = await LocalStorage.OpenAsync(Path.Combine(serve.DataDir, "feedback.db"));
        (await storage.Asks.ListForCustomerAsync(AskId.ForCustomer("ann@csv.example", null))).Should().ContainSingle();
        (await storage.Asks.ListForCustomerAsync(AskId.ForCustomer("cy@csv.example", null))).Should().ContainSingle("the rows after a bad one go on");
        (await storage.Asks.ListForCustomerAsync(AskId.ForCustomer("bad@csv.example", null))).Should().BeEmpty();
        serve.Output.Should().Contain("1 problems, owner told");
        var note = (await serve.WaitForMailAsync(ServeProcess.OwnerEmail, 1)).Should()
            .ContainSingle(m => (m.Subject ?? "").Contains("not planned", StringComparison.Ordinal)).Subject;
        note.TextBody.Should().Contain("row 3: visit_end 'not a date'", "the owner reads which row to fix and why");
    }

    [Fact]
    public async Task SIGTERM_stops_serve_cleanly()
    {
        await using var serve = await ServeProcess.StartNewAsync();
        (await serve.TerminateAsync(TimeSpan.FromSeconds(20))).Should().Be(0);
        serve.Output.Should().Contain("stopping");
    }
}
