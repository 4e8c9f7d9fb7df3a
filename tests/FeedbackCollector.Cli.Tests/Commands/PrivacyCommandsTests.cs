using System.Text.Json;
using FeedbackCollector.App;
using FeedbackCollector.Cli.Commands;
using FeedbackCollector.Cli.Composition;
using FeedbackCollector.Cli.Config;
using FeedbackCollector.Core.Model;
using FeedbackCollector.Local.Sqlite;
using Microsoft.Extensions.Time.Testing;

namespace FeedbackCollector.Cli.Tests.Commands;

/// <summary>`erase` and `export` through their command class over serve's own wiring (SQLite, the data folder, the outbox).</summary>
public sealed class PrivacyCommandsTests : IDisposable
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "fc-privacy-" + Guid.NewGuid().ToString("N")[..10]);
    private readonly HttpClient _http = new();

    private async Task<FlowApp> StartAsync()
    {
        var config = LocalConfig.Load(null, new Dictionary<string, string> { ["FC_DATA_DIR"] = _dir });
        config.GenerateMissingSecrets();
        var settings = ServeSettings.From(config);
        settings.Paths.EnsureCreated();
        var storage = await LocalStorage.OpenAsync(settings.Paths.DatabaseFile, Ct);
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 2, 1, 0, 0, TimeSpan.Zero));
        await File.WriteAllTextAsync(settings.CustomersCsv, "first_name,phone,visit_end\nMei,+65 9123 4567,2026-11-01 10:00\n", Ct);
        var app = new FlowApp(new LocalAdapters(settings, storage, _http, time));
        await app.PlanAsync([new Visit("csv", "row-1", new Customer(AskId.ForCustomer(null, "+6591234567"), "Mei", null, "+6591234567"), "visit",
            time.GetUtcNow().AddHours(-1))], Ct);
        return app;
    }

    [Fact]
    public async Task Export_prints_the_customers_asks_as_json_and_erase_then_leaves_nothing_naming_their_phone_in_the_data_folder()
    {
        var app = await StartAsync();
        var (output, errors) = (new StringWriter(), new StringWriter());

        (await PrivacyCommands.ExportAsync(app, "+65 9123-4567", output, errors, Ct)).Should().Be(0);
        using (var export = JsonDocument.Parse(output.ToString()))
            export.RootElement.GetProperty("asks")[0].GetProperty("customer").GetProperty("phone").GetString().Should().Be("+6591234567");
        output.GetStringBuilder().Clear();

        (await PrivacyCommands.EraseAsync(app, "+6591234567", json: true, output, errors, Ct)).Should().Be(0);

        using var report = JsonDocument.Parse(output.ToString());
        report.RootElement.GetProperty("asks").GetInt32().Should().Be(1);
        report.RootElement.GetProperty("schedules").GetInt32().Should().Be(1, "the pending ask's schedule row is gone");
        report.RootElement.GetProperty("traces").GetInt32().Should().Be(1, "the customers.csv row");
        foreach (var file in Directory.EnumerateFiles(_dir, "*", SearchOption.AllDirectories))
        {
            var text = System.Text.Encoding.Latin1.GetString(await File.ReadAllBytesAsync(file, Ct));
            text.Should().NotContain("6591234567", file).And.NotContain("9123 4567", file).And.NotContain("Mei", file);
        }
    }

    [Fact]
    public async Task A_contact_that_is_neither_an_email_nor_a_phone_exits_2_and_says_why()
    {
        var app = await StartAsync();
        var (output, errors) = (new StringWriter(), new StringWriter());

        (await PrivacyCommands.EraseAsync(app, "12", json: false, output, errors, Ct)).Should().Be(2);

        errors.ToString().Should().StartWith("erase: phone number: ");
        output.ToString().Should().BeEmpty();
    }

    public void Dispose()
    {
        _http.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(_dir, recursive: true); } catch (IOException) { }
    }
}
