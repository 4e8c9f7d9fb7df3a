using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Amazon.S3.Model;
using FeedbackCollector.Lambda.Tests.Support;
using FeedbackCollector.Testing.Moto;

namespace FeedbackCollector.Lambda.Tests.Harness;

/// <summary>
/// drive-sync and calendar-sync through the x64 bootstrap: config from SSM and the service-account key
/// from Secrets Manager (moto), Google played by a stand-in at FC_GOOGLE_ENDPOINT_URL, new visits handed
/// to request-builder (a fake Lambda endpoint) and cursors and owner docs kept in S3 (moto).
/// </summary>
public sealed class GoogleSyncChainTests
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(30);

    // As the owner typed it in a Google Doc; Drive exports it with a BOM and CRLF line ends.
    private const string Rules = """
        Business: Kopi & Co
        Happy stars: 4 to 5
        """;

    [Fact]
    public async Task Drive_sync_stores_the_owners_rules_doc_and_mirrors_the_customer_sheet_as_customers_csv()
    {
        var (moto, customers) = await SeedAsync(("drive_rules_file_id", "rulesDoc1"), ("sheet_id", "sheet1"));
        var csv = $"First name,Email,Visit type,Ended at,Booking id\r\nAnn,ann@example.com,haircut,{Ago(3)},bk-1\r\n";
        await using var google = new FakeGoogleApis()
            .Answer("/drive/v3/files/rulesDoc1", """{"id":"rulesDoc1","name":"rules","mimeType":"application/vnd.google-apps.document","modifiedTime":"2026-11-27T08:00:00.000Z","version":"42"}""")
            .Answer("/drive/v3/files/rulesDoc1/export", "\uFEFF" + Rules.Replace("\n", "\r\n", StringComparison.Ordinal), "text/plain")
            .Answer("/drive/v3/files/sheet1", """{"id":"sheet1","name":"Customers","mimeType":"application/vnd.google-apps.spreadsheet","modifiedTime":"2026-11-27T09:00:00.000Z","version":"7"}""")
            .Answer("/drive/v3/files/sheet1/export", csv, "text/csv");

        var (result, invokes, log) = await RunAsync(moto, google, "drive-sync", customers);

        result.IsError.Should().BeFalse(result.Body + "\n" + log);
        result.Body.Should().Contain("\"outcome\":\"docs-updated\"").And.Contain("\"count\":1");
        invokes.Should().BeEmpty("request-builder plans the mirror on its S3 event, not on a hand-off");
        (await ReadAsync(moto, moto.RulesBucket, "good/rules.txt")).Should().Be(Rules);
        (await ReadAsync(moto, customers, "customers.csv")).Should().Be(csv);
        (await ReadAsync(moto, customers, "cursors/sheet.changekey")).Should().Be("7@2026-11-27T09:00:00.000Z");
        google.Calls.Where(c => c.Path != "/token").Should().OnlyContain(c => c.Authorization == "Bearer " + FakeGoogleApis.AccessToken);
    }

    [Fact]
    public async Task Calendar_sync_hands_finished_bookings_to_request_builder_and_moves_its_cursor_with_the_old_single_calendar_id()
    {
        var (moto, customers) = await SeedAsync(("calendar_id", "salon@group.calendar.google.com"));
        var end = DateTimeOffset.UtcNow.AddHours(-2);
        await using var google = new FakeGoogleApis()
            .Answer("/calendar/v3/calendars/salon@group.calendar.google.com/events", $$"""
                {"kind":"calendar#events","timeZone":"Asia/Singapore","items":[
                  {"id":"evt1","status":"confirmed","summary":"Haircut – Ann",
                   "start":{"dateTime":"{{Iso(end.AddHours(-1))}}"},"end":{"dateTime":"{{Iso(end)}}"},
                   "attendees":[{"email":"salon@group.calendar.google.com","organizer":true,"self":true},{"email":"ann@example.com","displayName":"Ann Lee"}]},
                  {"id":"evt2","status":"cancelled","summary":"Colour - Bob",
                   "start":{"dateTime":"{{Iso(end.AddHours(-1))}}"},"end":{"dateTime":"{{Iso(end)}}"},
                   "attendees":[{"email":"bob@example.com"}]}]}
                """);

        var (result, invokes, log) = await RunAsync(moto, google, "calendar-sync", customers);

        result.IsError.Should().BeFalse(result.Body + "\n" + log);
        result.Body.Should().Contain("\"outcome\":\"synced\"").And.Contain("\"count\":1");
        var visit = JsonNode.Parse(invokes.Should().ContainSingle().Subject)!["visits"]!.AsArray().Should().ContainSingle().Subject!;
        visit["email"]!.GetValue<string>().Should().Be("ann@example.com");
        (await ReadAsync(moto, customers, "cursors/calendars/salon@group.calendar.google.com")).Should().Be(Iso(end));
    }

    [Fact]
    public async Task Calendar_sync_reads_each_configured_calendar_and_one_google_will_not_serve_neither_stops_the_other_nor_moves_its_cursor()
    {
        const string Salon = "salon@group.calendar.google.com";
        const string Gone = "gone@group.calendar.google.com";
        var (moto, customers) = await SeedAsync(("calendar_ids", $"{Gone}, {Salon}"));
        var end = DateTimeOffset.UtcNow.AddHours(-2);
        // The stand-in answers only the salon's calendar: the other one is a 404, as a deleted or unshared calendar is.
        await using var google = new FakeGoogleApis()
            .Answer($"/calendar/v3/calendars/{Salon}/events", $$"""
                {"kind":"calendar#events","items":[
                  {"id":"evt1","status":"confirmed","summary":"Haircut – Ann",
                   "start":{"dateTime":"{{Iso(end.AddHours(-1))}}"},"end":{"dateTime":"{{Iso(end)}}"},
                   "attendees":[{"email":"ann@example.com","displayName":"Ann Lee"}]}]}
                """);

        var (result, invokes, log) = await RunAsync(moto, google, "calendar-sync", customers);

        result.IsError.Should().BeFalse(result.Body + "\n" + log);
        result.Body.Should().Contain("\"outcome\":\"partly-synced\"").And.Contain("\"count\":1");
        var sent = invokes.Select(i => JsonNode.Parse(i)!).ToArray();
        sent.Single(i => (string?)i["kind"] == "plan-visits")["visits"]!.AsArray().Should().ContainSingle()
            .Which!["email"]!.GetValue<string>().Should().Be("ann@example.com");
        sent.Single(i => (string?)i["kind"] == "tell-owner")["subject"]!.GetValue<string>().Should().Contain(Gone);
        (await ReadAsync(moto, customers, $"cursors/calendars/{Salon}")).Should().Be(Iso(end));
        (await ReadAsync(moto, customers, $"cursors/calendars/{Gone}")).Should().BeNull();
        log.Should().Contain("\"level\":\"warn\"").And.Contain(Gone).And.Contain("\"CalendarSyncFailed\":1");
    }

    private static string Ago(int hours) => DateTimeOffset.UtcNow.AddHours(-hours).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static string Iso(DateTimeOffset t) => t.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    /// <summary>A moto slice with a customers bucket, the service-account key and these /fc/config/ settings.</summary>
    private static async Task<(MotoSlice Moto, string CustomersBucket)> SeedAsync(params (string Key, string Value)[] settings)
    {
        var moto = await MotoSlice.CreateAsync();
        var customers = "fc-customers-" + moto.Tables.State[^10..];
        await moto.Clients.S3().PutBucketAsync(new PutBucketRequest { BucketName = customers, BucketRegion = MotoSlice.Region });
        foreach (var (key, value) in settings)
        {
            await moto.Clients.Ssm().PutParameterAsync(new Amazon.SimpleSystemsManagement.Model.PutParameterRequest
            {
                Name = moto.ConfigPath + key, Value = value, Type = "String",
            });
        }
        using var rsa = RSA.Create(2048);
        await moto.EnsureSecretAsync("fc/drive/sa", JsonSerializer.Serialize(new Dictionary<string, string>
        {
            ["type"] = "service_account", ["client_email"] = "fc-sync@harness.iam.gserviceaccount.com",
            ["private_key_id"] = "k1", ["private_key"] = rsa.ExportPkcs8PrivateKeyPem(), ["token_uri"] = "https://oauth2.googleapis.com/token",
        }));
        return (moto, customers);
    }

    private static async Task<(PostedResult Result, IReadOnlyList<string> Invokes, string Log)> RunAsync(
        MotoSlice moto, FakeGoogleApis google, string role, string customersBucket)
    {
        await using var lambda = new FakeAwsEndpoint(202, "");
        await using var api = new FakeRuntimeApiServer();
        var delivered = api.Enqueue(RecordedEvents.Text($"scheduler-{role}.json"));
        var env = moto.Environment(role, api.Address);
        env["AWS_ENDPOINT_URL_LAMBDA"] = lambda.Url;
        env["FC_CUSTOMERS_BUCKET"] = customersBucket;
        env["FC_GOOGLE_ENDPOINT_URL"] = google.Url;
        using var bootstrap = BootstrapProcess.Start(await PublishedBootstraps.X64BootstrapAsync(), env);
        var result = await api.ResultOf(delivered, Wait);
        // The loop writes the invocation's lines (and its warnings and metrics) just after it responds.
        for (var i = 0; i < 50 && !bootstrap.Lines.Any(l => l.Contains("\"unit\":\"invoke\"", StringComparison.Ordinal)); i++) await Task.Delay(100);
        await Task.Delay(200);
        return (result, lambda.Calls.Select(c => c.Body).ToArray(), string.Join('\n', bootstrap.Lines));
    }

    private static async Task<string?> ReadAsync(MotoSlice moto, string bucket, string key)
    {
        var listed = await moto.Clients.S3().ListObjectsV2Async(new ListObjectsV2Request { BucketName = bucket });
        var match = listed.S3Objects?.FirstOrDefault(o => o.Key.EndsWith(key, StringComparison.Ordinal));
        if (match is null) return null;
        using var got = await moto.Clients.S3().GetObjectAsync(bucket, match.Key);
        using var reader = new StreamReader(got.ResponseStream, Encoding.UTF8);
        return await reader.ReadToEndAsync();
    }
}
