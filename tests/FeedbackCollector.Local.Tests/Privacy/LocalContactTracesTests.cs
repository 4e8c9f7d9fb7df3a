using System.Text;
using FeedbackCollector.Core.Ports;
using FeedbackCollector.Core.Privacy;
using FeedbackCollector.Local.Privacy;
using FeedbackCollector.Local.Sqlite;
using FeedbackCollector.Testing.Contracts;

namespace FeedbackCollector.Local.Tests.Privacy;

public sealed class LocalContactTracesTests : ContactTracesContract, IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "fc-traces-" + Guid.NewGuid().ToString("N")[..10]);

    private string Outbox => Path.Combine(_dir, "outbox");

    private string Csv => Path.Combine(_dir, "customers.csv");

    protected override async Task<IContactTraces> CreateWithAsync(IReadOnlyList<string> messages)
    {
        Directory.CreateDirectory(Outbox);
        for (var i = 0; i < messages.Count; i++) await File.WriteAllTextAsync(Path.Combine(Outbox, $"m{i}.eml"), messages[i]);
        return await TracesAsync();
    }

    private async Task<IContactTraces> TracesAsync()
    {
        var storage = await LocalStorage.OpenAsync(Path.Combine(_dir, "feedback.db"), TestContext.Current.CancellationToken);
        return new LocalContactTraces([Outbox, Path.Combine(_dir, "sms-outbox")], Csv, storage.Factory);
    }

    [Fact]
    public async Task The_contacts_rows_in_customers_csv_are_blanked_in_place_so_every_other_row_keeps_its_byte_offset()
    {
        Directory.CreateDirectory(_dir);
        const string Text = "first_name,email,phone,visit_end\r\nAnn,ann@example.com,,2026-11-28 14:30\r\nBob,bob@example.com,,2026-11-28 15:00\r\n"
            + "Ann,,+65 9123 4567,2026-11-29 10:00\r\n";
        await File.WriteAllTextAsync(Csv, Text, TestContext.Current.CancellationToken);
        var bobAt = Encoding.UTF8.GetBytes(Text).AsSpan().IndexOf("Bob,"u8);
        var traces = await TracesAsync();

        (await traces.EraseAsync(ContactMatcher.Parse("ann@example.com", "SG").Matcher!, TestContext.Current.CancellationToken)).Should().Be(1);
        await traces.EraseAsync(ContactMatcher.Parse("91234567", "SG").Matcher!, TestContext.Current.CancellationToken);

        var after = await File.ReadAllBytesAsync(Csv, TestContext.Current.CancellationToken);
        after.Length.Should().Be(Encoding.UTF8.GetByteCount(Text));
        after.AsSpan().IndexOf("Bob,"u8).Should().Be(bobAt);
        Encoding.UTF8.GetString(after).Should().NotContain("ann@").And.NotContain("9123").And.StartWith("first_name,");
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(_dir, recursive: true); } catch (IOException) { }
    }
}
