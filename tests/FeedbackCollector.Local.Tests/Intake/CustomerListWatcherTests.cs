using System.Text;
using FeedbackCollector.Local.Intake;
using Microsoft.Extensions.Time.Testing;

namespace FeedbackCollector.Local.Tests.Intake;

/// <summary>serve's customer list watcher: the whole customers.csv to the planner when its content changed, never a row cursor.</summary>
public sealed class CustomerListWatcherTests : IDisposable
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("fc-watch-");
    private readonly List<string> _handed = [];

    private string Csv => Path.Combine(_dir.FullName, "customers.csv");

    private CustomerListWatcher Watcher(Func<Task>? before = null) => new(Csv, Path.Combine(_dir.FullName, "state", "customers.planned.cursor"),
        async (bytes, ct) =>
        {
            if (before is not null) await before();
            lock (_handed) _handed.Add(Encoding.UTF8.GetString(bytes.Span));
        }, TimeSpan.FromSeconds(10), new FakeTimeProvider());

    [Fact]
    public async Task It_hands_the_whole_file_over_only_when_its_content_changed()
    {
        using var watcher = Watcher();
        await File.WriteAllTextAsync(Csv, "email,visit_end\na@example.com,2026-03-01 10:00\n", Ct);

        (await watcher.PollOnceAsync(Ct)).Should().BeTrue();
        (await watcher.PollOnceAsync(Ct)).Should().BeFalse();
        await File.WriteAllTextAsync(Csv, "email,visit_end\nb@example.com,2026-03-01 11:00\na@example.com,2026-03-01 10:00\n", Ct);
        (await watcher.PollOnceAsync(Ct)).Should().BeTrue();

        _handed.Should().HaveCount(2);
        _handed[1].Should().StartWith("email,visit_end\nb@example.com", "a row inserted above is read with the rest: there is no cursor to skip it");
    }

    [Fact]
    public async Task Regression_the_watcher_waits_for_a_sale_being_appended_so_it_never_reads_a_half_written_row()
    {
        using var watcher = Watcher();
        await File.WriteAllTextAsync(Csv, "email,visit_end\n", Ct);
        Task<bool> poll;
        using (await CustomerListFileGate.EnterAsync(Csv, Ct))
        {
            // An append in progress: half a row on disk while the gate is held.
            await File.AppendAllTextAsync(Csv, "ann@exa", Ct);
            poll = watcher.PollOnceAsync(Ct);
            await Task.Delay(200, Ct);
            poll.IsCompleted.Should().BeFalse("the watcher waits for the appender's gate");
            await File.AppendAllTextAsync(Csv, "mple.com,2026-03-01 10:00\n", Ct);
        }

        (await poll).Should().BeTrue();
        _handed.Should().ContainSingle().Which.Should().Be("email,visit_end\nann@example.com,2026-03-01 10:00\n");
    }

    [Fact]
    public async Task A_planner_that_fails_leaves_the_file_to_be_read_again()
    {
        await File.WriteAllTextAsync(Csv, "email,visit_end\na@example.com,2026-03-01 10:00\n", Ct);
        using var failing = Watcher(() => throw new IOException("database locked"));

        await failing.Invoking(w => w.PollOnceAsync(Ct)).Should().ThrowAsync<IOException>();
        using var watcher = Watcher();
        (await watcher.PollOnceAsync(Ct)).Should().BeTrue();
    }

    [Fact]
    public async Task Regression_the_scheduled_poll_and_a_test_tick_at_once_do_not_collide_on_the_state_file()
    {
        await File.WriteAllTextAsync(Csv, "email,visit_end\na@example.com,2026-03-01 10:00\n", Ct);
        using var watcher = Watcher(() => Task.Delay(50, Ct));

        var polls = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => watcher.PollOnceAsync(Ct), Ct)));

        polls.Count(changed => changed).Should().Be(1, "polls are serialised, so the file is handed over once");
    }

    public void Dispose() => _dir.Delete(recursive: true);
}
