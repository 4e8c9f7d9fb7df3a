using FeedbackCollector.Core.Ports;
using FeedbackCollector.Local.Sqlite;
using FeedbackCollector.Local.Tests.TestSupport;

namespace FeedbackCollector.Local.Tests.Sqlite;

public sealed class LocalStorageTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public async Task Opening_creates_the_folder_and_the_newest_schema_and_reopening_keeps_the_data()
    {
        var file = Path.Combine(_folder.Path, "nested", "feedback.db");

        var storage = await LocalStorage.OpenAsync(file);
        await storage.Suppression.AddAsync("ann@example.com", "unsubscribe", DateTimeOffset.UnixEpoch);
        var reopened = await LocalStorage.OpenAsync(file);

        storage.SchemaVersion.Should().Be(SqliteSchema.Migrations[^1].Version);
        (await reopened.Suppression.IsSuppressedAsync("ANN@example.com")).Should().BeTrue();
        (await reopened.Schedule.ScheduleAsync(new ScheduledJob("j", JobKind.SendAsk, "c", "a", DateTimeOffset.UnixEpoch))).Should().BeTrue();
    }

    public void Dispose() => _folder.Dispose();
}
