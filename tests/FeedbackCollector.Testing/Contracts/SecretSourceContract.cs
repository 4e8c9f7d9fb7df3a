using FeedbackCollector.Core.Ports;
using static FeedbackCollector.Testing.Contracts.ContractIds;

namespace FeedbackCollector.Testing.Contracts;

/// <summary>
/// What every ISecretSource must do, by the design's names (fc/token/signing-secret, fc/drive/sa, ...).
/// Each test makes its own names, so a shared backend (one moto, one folder) is fine.
/// </summary>
public abstract class SecretSourceContract
{
    /// <summary>A source that holds exactly these secrets (and possibly others the test never asks for).</summary>
    protected abstract Task<ISecretSource> CreateSourceAsync(IReadOnlyDictionary<string, string> secrets);

    private static string Name(string designName) => designName + "-" + Unique("t");

    [Fact]
    public async Task A_stored_secret_is_read_back_exactly()
    {
        var name = Name("fc/token/signing-secret");
        var source = await CreateSourceAsync(new Dictionary<string, string> { [name] = "s3cr3t-Value_01+/=" });

        (await source.GetAsync(name, Ct)).Should().Be("s3cr3t-Value_01+/=");
    }

    [Fact]
    public async Task A_secret_never_stored_reads_as_null()
    {
        var source = await CreateSourceAsync(new Dictionary<string, string> { [Name("fc/pos/webhook-secret")] = "x" });

        (await source.GetAsync(Name("fc/pos/webhook-secret"), Ct)).Should().BeNull();
    }

    [Fact]
    public async Task Each_name_reads_its_own_value()
    {
        var (slack, pos) = (Name("fc/slack/bot-token"), Name("fc/pos/webhook-secret"));
        var source = await CreateSourceAsync(new Dictionary<string, string> { [slack] = "xoxb-1-2-3", [pos] = "whsec_abc" });

        (await source.GetAsync(slack, Ct)).Should().Be("xoxb-1-2-3");
        (await source.GetAsync(pos, Ct)).Should().Be("whsec_abc");
    }

    [Fact]
    public async Task A_multi_line_service_account_key_is_read_back_exactly()
    {
        // fc/drive/sa is a whole JSON key file: line breaks, quotes and escaped "\n" inside the PEM must survive.
        var name = Name("fc/drive/sa");
        const string key = "{\n  \"type\": \"service_account\",\n  \"client_email\": \"fc@p.iam.gserviceaccount.com\",\n"
            + "  \"private_key\": \"-----BEGIN PRIVATE KEY-----\\nMIIEvQ==\\n-----END PRIVATE KEY-----\\n\"\n}";
        var source = await CreateSourceAsync(new Dictionary<string, string> { [name] = key });

        (await source.GetAsync(name, Ct)).Should().Be(key);
    }

    [Fact]
    public async Task Reading_a_secret_twice_gives_the_same_value()
    {
        var name = Name("fc/token/signing-secret");
        var source = await CreateSourceAsync(new Dictionary<string, string> { [name] = "same" });

        (await source.GetAsync(name, Ct)).Should().Be("same");
        (await source.GetAsync(name, Ct)).Should().Be("same");
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public async Task A_blank_name_is_refused(string blank)
    {
        var source = await CreateSourceAsync(new Dictionary<string, string>());

        await FluentActions.Awaiting(() => source.GetAsync(blank, Ct)).Should().ThrowAsync<ArgumentException>();
    }
}
