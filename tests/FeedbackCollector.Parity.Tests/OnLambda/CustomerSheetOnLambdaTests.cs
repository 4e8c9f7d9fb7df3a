using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using Amazon.S3.Model;
using FeedbackCollector.App.CustomerList;
using FeedbackCollector.App.Settings;
using FeedbackCollector.Core.CustomerList;
using FeedbackCollector.Core.Ports;
using FeedbackCollector.Lambda.Roles;
using FeedbackCollector.Parity.Tests.Drivers;
using FeedbackCollector.Testing.Google;
using FeedbackCollector.Testing.Moto;
using FeedbackCollector.Testing.Webhooks;

namespace FeedbackCollector.Parity.Tests.OnLambda;

/// <summary>
/// Issue 12 points 1, 2 and 5 on AWS, through the roles' real handlers over moto and a fake Google Sheet: intake-webhook
/// appends the sale to the sheet, drive-sync mirrors a changed sheet as a new version of the versioned customers.csv,
/// request-builder plans that version on its S3 event by natural key, and bad rows reach the owner and the metric.
/// (The local twin is the parity scenario "sheet row planned once" and Cli.Tests' serve tests.)
/// </summary>
public sealed class CustomerSheetOnLambdaTests
{
    private const string SheetId = "1OwnersSheet00000000000000000000000000000000";

    private sealed record World(LambdaDriver Lambda, FakeSheetServer Sheet, string Secret) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await Lambda.DisposeAsync();
            await Sheet.DisposeAsync();
        }
    }

    private static async Task<World> StartAsync(params string[][] rows)
    {
        var moto = await MotoSlice.CreateAsync();
        var sheet = new FakeSheetServer(SheetId);
        sheet.Edit(r => r.AddRange(rows.Select(x => x.ToList())));
        var secret = await moto.EnsureSecretAsync("fc/pos/webhook-secret", Convert.ToBase64String(RandomNumberGenerator.GetBytes(24)));
        using var rsa = RSA.Create(2048);
        await moto.EnsureSecretAsync("fc/drive/sa", JsonSerializer.Serialize(new Dictionary<string, string>
        {
            ["type"] = "service_account", ["client_email"] = "fc-sync@parity.iam.gserviceaccount.com",
            ["private_key_id"] = "k1", ["private_key"] = rsa.ExportPkcs8PrivateKeyPem(), ["token_uri"] = "https://oauth2.googleapis.com/token",
        }));
        var lambda = await LambdaDriver.StartAsync(moto, SaleThenRefund.Start, google: new Uri(sheet.Url));
        await lambda.ConfigureAsync(SettingNames.PosScheme, "shopify");
        await lambda.ConfigureAsync(SettingNames.SheetId, SheetId);
        await lambda.ConfigureAsync(SettingNames.OwnerEmail, moto.Owner);
        await lambda.SeedAsync(ParityWorld.Rules(everyone: false), ParityWorld.Voice);
        return new World(lambda, sheet, secret);
    }

    private static string[] Row(string name, int hoursAgo, string id = "") =>
        [name, name.ToLowerInvariant() + "@example.com", SaleThenRefund.Start.AddHours(-hoursAgo).ToString("yyyy-MM-dd'T'HH:mm:ssZ", CultureInfo.InvariantCulture), id];

    private static readonly string[] Header = ["First name", "Email", "Ended at", "Booking id"];

    private static Task<(string Outcome, int? Count, IReadOnlyList<string> Alerts)> DriveSyncAsync(World w) =>
        w.Lambda.RunAsync(Role.DriveSync, """{ "task": "drive-sync" }""");

    private static async Task<List<S3ObjectVersion>> VersionsAsync(World w) =>
        [.. (await w.Lambda.Moto.Clients.S3().ListVersionsAsync(new ListVersionsRequest { BucketName = w.Lambda.CustomersBucket, Prefix = "customers.csv" }))
            .Versions.Where(v => v.Key == "customers.csv").OrderBy(v => v.LastModified)];

    private static async Task<int> AsksAsync(World w, params string[] names)
    {
        var asks = (await w.Lambda.AdaptersAsync(Role.RequestBuilder)).Asks;
        var count = 0;
        foreach (var name in names) count += (await asks.ListForCustomerAsync(Core.Model.AskId.ForCustomer(name.ToLowerInvariant() + "@example.com", null))).Count;
        return count;
    }

    /// <summary>The text of every mail sent, decoded as the owner's mail client shows it.</summary>
    private static async Task<List<string>> TextsAsync(World w) =>
        [.. (await w.Lambda.SentMailAsync()).Select(raw => MimeKit.MimeMessage.Load(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(raw))).TextBody ?? "")];

    [Fact]
    public async Task A_sale_through_intake_webhook_appends_one_row_to_the_sheet_and_a_retried_delivery_adds_no_second_ask()
    {
        await using var w = await StartAsync(Header);
        var sale = SaleThenRefund.Sale("shopify");
        var headers = SignedDeliveries.Headers(sale, w.Secret, SignedDeliveries.SquareUrl, w.Lambda.Now);

        var first = await w.Lambda.FunctionUrlAsync(Role.IntakeWebhook, "POST", "/webhook/shopify", headers, sale.Body);
        var retry = await w.Lambda.FunctionUrlAsync(Role.IntakeWebhook, "POST", "/webhook/shopify", headers, sale.Body);

        (first.Response.StatusCode, retry.Response.StatusCode).Should().Be((200, 200));
        w.Sheet.Rows.Should().HaveCount(2, "the header and the one sale");
        w.Sheet.Rows[0].Should().Equal(Header.Concat(new[] { "phone", "visit_type", "source" }), "our columns the owner lacks are added at the end (Booking id is source_id)");
        w.Sheet.Rows[1].Should().Contain(new[] { "Mia", SaleThenRefund.Email, "shopify", "8001" });
        w.Sheet.Calls.Should().Contain(c => c.Method == "POST" && c.Query.Contains("valueInputOption=RAW", StringComparison.Ordinal));
        (await AsksAsync(w, "mia")).Should().Be(1);

        (await DriveSyncAsync(w)).Count.Should().Be(1, "the sheet changed, so it is mirrored");
        (await w.Lambda.CustomerListEventAsync()).Should().Be(("list-planned", 0), "the sale's row is the sale's ask");
    }

    [Fact]
    public async Task Drive_sync_writes_a_new_customers_csv_version_only_when_the_sheet_changed()
    {
        await using var w = await StartAsync(Header, Row("Ann", 3));

        var first = await DriveSyncAsync(w);
        var unchanged = await DriveSyncAsync(w);
        w.Sheet.Edit(rows => rows.Add([.. Row("Bob", 2)]));
        var changed = await DriveSyncAsync(w);

        // The first run also checks the rules the test seeded (its word is then docs-updated); the count is the mirror's.
        (first.Count, unchanged.Count, changed.Count).Should().Be((1, 0, 1));
        (unchanged.Outcome, changed.Outcome).Should().Be(("synced", "sheet-mirrored"));
        w.Sheet.Calls.Count(c => c.Path.EndsWith("/export", StringComparison.Ordinal)).Should().Be(2, "an unchanged sheet is not exported");
        w.Sheet.Calls.Where(c => c.Path.EndsWith("/export", StringComparison.Ordinal)).Should().OnlyContain(c => c.Query.Contains("mimeType=text%2Fcsv", StringComparison.Ordinal));
        var versions = await VersionsAsync(w);
        versions.Should().HaveCount(2, "each change is a new object version in the versioned bucket");
    }

    [Fact]
    public async Task Sorting_the_sheet_and_inserting_a_row_above_plans_exactly_the_new_customer_and_restoring_the_old_version_plans_nothing()
    {
        await using var w = await StartAsync(Header, Row("Ann", 3), Row("Bob", 2, "bk-2"));
        await DriveSyncAsync(w);
        (await w.Lambda.CustomerListEventAsync()).Should().Be(("list-planned", 2));

        w.Sheet.Edit(rows =>
        {
            rows.Insert(1, [.. Row("Cat", 1)]);
            rows.Reverse(2, rows.Count - 2);
        });
        await DriveSyncAsync(w);
        var edited = await w.Lambda.CustomerListEventAsync();

        var old = (await VersionsAsync(w))[0];
        await w.Lambda.Moto.Clients.S3().CopyObjectAsync(new CopyObjectRequest
        {
            SourceBucket = w.Lambda.CustomersBucket, SourceKey = "customers.csv", SourceVersionId = old.VersionId,
            DestinationBucket = w.Lambda.CustomersBucket, DestinationKey = "customers.csv",
        });
        var restored = await w.Lambda.CustomerListEventAsync();

        edited.Should().Be(("list-planned", 1), "only Cat is new");
        restored.Should().Be(("list-planned", 0), "the restored version's rows were planned before");
        (await VersionsAsync(w)).Should().HaveCount(3);
        (await AsksAsync(w, "ann", "bob", "cat")).Should().Be(3);
    }

    [Fact]
    public async Task Bad_rows_reach_the_owner_in_one_message_with_row_numbers_count_in_the_metric_and_the_rest_is_planned()
    {
        await using var w = await StartAsync(Header, Row("Ann", 3), ["Cat", "", "2026-03-01 10:00", ""], ["Dan", "dan@example.com", "someday", ""], Row("Eve", 2));
        await DriveSyncAsync(w);

        var planned = await w.Lambda.CustomerListEventAsync();

        planned.Should().Be(("list-planned-with-problems", 2));
        w.Lambda.LastAlerts.Should().Equal("CustomerRowsRefused");
        var notes = (await TextsAsync(w)).Where(m => m.Contains("row 3: no contact", StringComparison.Ordinal)).ToList();
        notes.Should().ContainSingle().Which.Should().Contain("row 4: visit_end 'someday'");
        (await AsksAsync(w, "ann", "eve")).Should().Be(2);
    }

    [Fact]
    public async Task A_header_the_owner_renamed_is_reported_naming_the_missing_column_and_what_was_found()
    {
        await using var w = await StartAsync(["First name", "Email", "When"], Row("Ann", 3)[..3]);
        await DriveSyncAsync(w);

        var planned = await w.Lambda.CustomerListEventAsync();

        planned.Should().Be(("list-planned-with-problems", 0));
        (await TextsAsync(w)).Should().ContainSingle(m => m.Contains("no visit_end (or ended_at) column", StringComparison.Ordinal))
            .Which.Should().Contain("'When'");
    }

    /// <remarks>
    /// 2,500 rows (kept small for moto: each new row is a put, a CreateSchedule and an audit row): four in five were
    /// taken at an earlier sync (the index request-builder keeps, seeded here), which cost nothing and spend no budget;
    /// the 500 new ones are planned 120 a run, by the S3 event's run and four continuations request-builder invokes itself.
    /// </remarks>
    [Fact]
    public async Task A_long_sheet_is_planned_in_chunks_each_row_once_through_request_builder_continuing_itself_with_one_owner_message_for_its_bad_rows()
    {
        const int total = 2_500, chunk = 120;
        var rows = new List<string[]> { Header };
        var earlier = new List<string[]> { Header };
        for (var i = 0; i < total; i++)
        {
            (i % 5 == 0 ? rows : earlier).Add(Row($"C{i:D4}", 2));
            if (i % 5 != 0) rows.Add(earlier[^1]);
            if (i % 1000 == 500) rows.Add([$"Bad{i}", "", "2026-03-01 10:00", ""]);
        }
        await using var w = await StartAsync([.. rows]);
        await w.Lambda.ConfigureAsync(SettingNames.CustomerListChunkRows, chunk.ToString(CultureInfo.InvariantCulture));
        var taken = CustomerListReader.Read(System.Text.Encoding.UTF8.GetBytes(Csv(earlier)), NodaTime.DateTimeZone.Utc).Visits.Select(v => v.Visit.AskId);
        await (await w.Lambda.AdaptersAsync(Role.RequestBuilder)).Blobs.PutAsync(BlobArea.Customers, CustomerListPlanning.PlannedKey,
            System.Text.Encoding.UTF8.GetBytes(string.Join('\n', taken)), "text/plain");
        await DriveSyncAsync(w);
        var before = w.Lambda.Handled.Count;

        var first = await w.Lambda.CustomerListEventAsync();

        var runs = w.Lambda.Handled.Skip(before).Where(h => h.Role == Role.RequestBuilder).ToList();
        first.Should().Be(("list-continued", chunk));
        runs.Select(r => (r.Outcome, r.Count)).Should().Equal([.. Enumerable.Repeat(("list-continued", (int?)chunk), 4), ("list-planned-with-problems", 20)],
            "each run plans one chunk of new rows and invokes request-builder for the rest");
        var asks = await (await w.Lambda.AdaptersAsync(Role.RequestBuilder)).Asks.ListByStatusAsync(Core.Model.AskStatus.Pending);
        asks.Should().HaveCount(total / 5, "the rows taken earlier are not planned again").And.OnlyHaveUniqueItems(a => a.Customer.Email);
        w.Lambda.Alerts.Count(a => a == "CustomerRowsRefused").Should().Be(1, "the list's version is reported once, not once per chunk");
        (await TextsAsync(w)).Where(m => m.Contains("no contact", StringComparison.Ordinal)).Should().ContainSingle()
            .Which.Should().Contain("row 503: no contact").And.Contain("row 1504: no contact");
    }

    private static string Csv(IEnumerable<string[]> rows) => string.Concat(rows.Select(r => string.Join(',', r) + "\n"));

    [Fact]
    public async Task A_continuation_for_a_version_the_owner_has_since_replaced_plans_nothing_as_the_new_version_is_planned_from_its_start()
    {
        await using var w = await StartAsync(Header, Row("Ann", 3), Row("Bob", 2));
        await DriveSyncAsync(w);
        var old = (await VersionsAsync(w))[0].VersionId;
        w.Sheet.Edit(rows => rows.Add([.. Row("Cat", 1)]));
        await DriveSyncAsync(w);

        var stale = await w.Lambda.RunAsync(Role.RequestBuilder, $$"""
            { "kind": "plan-customer-list", "bucket": "{{w.Lambda.CustomersBucket}}", "key": "customers.csv", "version": "{{old}}", "start": 1 }
            """);
        var current = await w.Lambda.CustomerListEventAsync();

        (stale.Outcome, stale.Count).Should().Be(("list-superseded", 0));
        current.Should().Be(("list-planned", 3));
    }
}
