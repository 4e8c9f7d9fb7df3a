using System.Text;
using System.Text.Json;
using Amazon.S3;
using Amazon.S3.Model;
using FeedbackCollector.App;
using FeedbackCollector.Core.Model;
using FeedbackCollector.Core.Ports;
using FeedbackCollector.Core.Sweeps;
using FeedbackCollector.Core.Tokens;
using FeedbackCollector.Parity.Tests.Drivers;
using FeedbackCollector.Parity.Tests.Scenarios;
using FeedbackCollector.Testing.Moto;

namespace FeedbackCollector.Parity.Tests.Privacy;

/// <summary>
/// Issue 13.5 on both hosts through the same use case: `erase` (local) and request-builder's direct invoke (AWS) leave
/// no row, blob, file or schedule naming the customer, and the month's figures as they were; `export` holds their
/// asks and answers; a visit whose consent is "no" is recorded and closed, never scheduled.
/// </summary>
public sealed class ErasureParityTests
{
    private const string Other = "lee@example.org";

    private static async Task<(LocalDriver Local, LambdaDriver Lambda, AskTokens Tokens, MotoSlice Moto)> StartAsync()
    {
        var moto = await MotoSlice.CreateAsync();
        var local = await LocalDriver.StartAsync(moto.Sender, moto.Owner, "a:" + Convert.ToBase64String(moto.SigningKey));
        var lambda = await LambdaDriver.StartAsync(moto);
        // As the stack's buckets are: a plain delete would leave the MIME behind a delete marker.
        await moto.Clients.S3().PutBucketVersioningAsync(new PutBucketVersioningRequest
        {
            BucketName = lambda.RawBucket, VersioningConfig = new S3BucketVersioningConfig { Status = VersionStatus.Enabled },
        });
        return (local, lambda, new AskTokens(new SigningKey("a", moto.SigningKey)), moto);
    }

    // Dana is asked, answers unhappily by email (raw MIME kept, owner pinged); Lee is asked too and stays.
    private static async Task StoryAsync(IParityDriver driver, AskTokens tokens, string owner)
    {
        var run = new ScenarioRun(driver, tokens, owner);
        await driver.SeedAsync(ParityWorld.Rules(everyone: false), ParityWorld.Voice);
        await driver.PlanAsync(new Visit("square", "visit-lee", new Customer(AskId.ForCustomer(Other, null), "Lee", Other, null), "haircut",
            ParityWorld.Start.AddHours(-1)));
        await run.AskAsync(everyone: false);
        await run.ReplyAsync(await run.ReplyToAsync(), ParityWorld.UnhappyWords);
    }

    private static async Task<MonthlyFigures> NovemberAsync(IParityDriver driver)
    {
        IFlowAdapters a = await driver.StoresAsync();
        var month = MonthWindow.For(2026, 11, "Asia/Singapore");
        var asks = new List<Ask>();
        foreach (var status in new[] { AskStatus.Sent, AskStatus.Answered, AskStatus.Closed }) asks.AddRange(await a.Asks.ListByStatusAsync(status));
        return MonthlySummary.Compute(month, asks, await a.Feedback.ListReceivedAsync(month.From, month.To.AddDays(40)),
            await a.Audit.ListAsync(month.From.AddYears(-1), month.To));
    }

    [Fact]
    public async Task After_an_erasure_nothing_on_either_host_names_the_customer_and_the_months_figures_are_unchanged()
    {
        var (local, lambda, tokens, moto) = await StartAsync();
        await using var l = local;
        await using var w = lambda;
        string[] names = [ParityWorld.CustomerEmail, "Dana", ParityWorld.Customer.CustomerId, ParityWorld.UnhappyWords];
        foreach (IParityDriver driver in new IParityDriver[] { local, lambda })
        {
            await StoryAsync(driver, tokens, moto.Owner);
            var before = await NovemberAsync(driver);
            (await driver.FindAsync(names)).Should().NotBeEmpty($"{driver.Name}: the story stored the customer");

            using var report = JsonDocument.Parse(await driver.EraseAsync(ParityWorld.CustomerEmail.ToUpperInvariant()));

            report.RootElement.GetProperty("asks").GetInt32().Should().Be(1, driver.Name);
            report.RootElement.GetProperty("answers").GetInt32().Should().Be(1, driver.Name);
            report.RootElement.GetProperty("blobs").GetInt32().Should().BeGreaterThanOrEqualTo(1, $"{driver.Name}: the reply's MIME");
            (await driver.FindAsync(names)).Should().BeEmpty($"{driver.Name}: nothing may name the erased customer");
            (await NovemberAsync(driver)).Should().BeEquivalentTo(before, $"{driver.Name}: the month's figures still add up");
            before.Answered.Should().Be(1);
            (await driver.FindAsync([Other])).Should().NotBeEmpty($"{driver.Name}: another customer is left alone");
            using var again = JsonDocument.Parse(await driver.EraseAsync(ParityWorld.CustomerEmail));
            again.RootElement.GetProperty("asks").GetInt32().Should().Be(0, $"{driver.Name}: a second erasure finds nothing");
        }
    }

    [Fact]
    public async Task A_customer_list_mirror_naming_the_erased_customer_keeps_no_version_with_their_row_on_either_host()
    {
        var (local, lambda, tokens, moto) = await StartAsync();
        await using var l = local;
        await using var w = lambda;
        const string header = "first_name,email,visit_type,visit_end,source_id\n";
        var dana = $"Dana,{ParityWorld.CustomerEmail},haircut,2026-11-28T10:00:00Z,b-1\n";
        var lee = $"Lee,{Other},haircut,2026-11-28T11:00:00Z,b-2\n";
        foreach (IParityDriver driver in new IParityDriver[] { local, lambda })
        {
            await StoryAsync(driver, tokens, moto.Owner);
            var blobs = (await driver.StoresAsync()).Blobs;
            await blobs.PutAsync(BlobArea.Customers, "customers.csv", Encoding.UTF8.GetBytes(header + dana), "text/csv");
            await blobs.PutAsync(BlobArea.Customers, "customers.csv", Encoding.UTF8.GetBytes(header + dana + lee), "text/csv");

            await driver.EraseAsync(ParityWorld.CustomerEmail);

            (await driver.FindAsync([ParityWorld.CustomerEmail])).Should().BeEmpty($"{driver.Name}: no version of the list keeps the erased row");
            var kept = Encoding.UTF8.GetString((await blobs.GetAsync(BlobArea.Customers, "customers.csv"))!);
            kept.Should().StartWith(header).And.EndWith(lee, $"{driver.Name}: every other row stays where it was");
        }
    }

    [Fact]
    public async Task An_export_on_either_host_holds_the_customers_ask_and_their_written_answer()
    {
        var (local, lambda, tokens, moto) = await StartAsync();
        await using var l = local;
        await using var w = lambda;
        foreach (IParityDriver driver in new IParityDriver[] { local, lambda })
        {
            await StoryAsync(driver, tokens, moto.Owner);

            using var export = JsonDocument.Parse(await driver.ExportAsync(ParityWorld.CustomerEmail));

            var root = export.RootElement;
            root.GetProperty("asks").EnumerateArray().Should().ContainSingle().Which.GetProperty("ask_id").GetString().Should().Be(ParityWorld.AskIdOf());
            root.GetProperty("asks")[0].GetProperty("customer").GetProperty("email").GetString().Should().Be(ParityWorld.CustomerEmail);
            root.GetProperty("answers").EnumerateArray().Should().ContainSingle().Which.GetProperty("raw").GetString().Should().Be(ParityWorld.UnhappyWords);
            root.GetProperty("raw_blobs").GetArrayLength().Should().BeGreaterThanOrEqualTo(1, driver.Name);
            root.ToString().Should().NotContain(Other, $"{driver.Name}: the export holds only this customer");
        }
    }

    [Fact]
    public async Task A_visit_whose_consent_is_no_is_recorded_and_closed_on_either_host_and_never_scheduled()
    {
        var (local, lambda, _, _) = await StartAsync();
        await using var l = local;
        await using var w = lambda;
        foreach (IParityDriver driver in new IParityDriver[] { local, lambda })
        {
            await driver.SeedAsync(ParityWorld.Rules(everyone: false), ParityWorld.Voice);

            await driver.PlanAsync(ParityWorld.Visit() with { ConsentRefused = true });
            driver.Advance(TimeSpan.FromDays(1));
            await driver.FireDueJobsAsync();

            var rows = await driver.RowsAsync(ParityWorld.Customer.CustomerId, ParityWorld.AskIdOf(), ParityWorld.CustomerEmail);
            var a = await driver.StoresAsync();
            var ask = await a.Asks.GetAsync(ParityWorld.Customer.CustomerId, ParityWorld.AskIdOf());
            ask.Should().NotBeNull(driver.Name);
            ask!.Status.Should().Be(AskStatus.Closed, driver.Name);
            ask.LastError.Should().Be("not planned: no consent", driver.Name);
            (await a.Audit.ListForAskAsync(ask.CustomerId, ask.AskId)).Should().ContainSingle(e => e.Move == Move.Closed, driver.Name)
                .Which.Detail.Should().Be("not planned: no consent");
            (await driver.SentMailAsync()).Should().NotContain(m => m.Contains(ParityWorld.CustomerEmail, StringComparison.OrdinalIgnoreCase), driver.Name);
            rows.Should().NotBeNull();
        }
    }
}
