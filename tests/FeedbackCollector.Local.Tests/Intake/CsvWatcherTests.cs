using FeedbackCollector.Core.Ports;
using FeedbackCollector.Local.Intake;
using FeedbackCollector.Local.Tests.TestSupport;

namespace FeedbackCollector.Local.Tests.Intake;

public sealed class CsvWatcherTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public async Task New_rows_are_handed_on_once_and_the_cursor_survives_a_restart()
    {
        await File.WriteAllTextAsync(Csv, "first_name,email,visit_end\nAnn,ann@example.com,2026-11-28 14:30\n");
        var batches = new List<VisitBatch>();

        await Watcher(batches).PollOnceAsync();
        await Watcher(batches).PollOnceAsync();
        await File.AppendAllTextAsync(Csv, "Bo,bo@example.com,2026-11-28 15:30\n");
        await Watcher(batches).PollOnceAsync();

        batches.Select(b => b.Visits.Single().Customer.FirstName).Should().Equal("Ann", "Bo");
    }

    [Fact]
    public async Task When_the_callback_fails_the_batch_is_delivered_again_next_time()
    {
        await File.WriteAllTextAsync(Csv, "first_name,email,visit_end\nAnn,ann@example.com,2026-11-28 14:30\n");
        var failing = new CsvWatcher(new CsvCustomerSource(Csv, "UTC"), CursorFile,
            (_, _) => throw new InvalidOperationException("db locked"), TimeSpan.FromSeconds(1), TimeProvider.System);
        var batches = new List<VisitBatch>();

        var act = () => failing.PollOnceAsync();
        await act.Should().ThrowAsync<InvalidOperationException>();
        await Watcher(batches).PollOnceAsync();

        batches.Should().ContainSingle().Which.Visits.Should().ContainSingle();
    }

    private string Csv => _folder.File("customers.csv");

    private string CursorFile => _folder.File("state/customers.cursor");

    private CsvWatcher Watcher(List<VisitBatch> sink) => new(new CsvCustomerSource(Csv, "UTC"), CursorFile,
        (batch, _) => { sink.Add(batch); return Task.CompletedTask; }, TimeSpan.FromSeconds(1), TimeProvider.System);

    public void Dispose() => _folder.Dispose();
}
