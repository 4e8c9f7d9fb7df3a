using FeedbackCollector.Cli.Composition;
using FeedbackCollector.Cli.Config;

namespace FeedbackCollector.Cli.Tests.Composition;

public sealed class ServeSettingsTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "fc-cli-" + Guid.NewGuid().ToString("N")[..10]);

    private ServeSettings Read(Dictionary<string, string> env)
    {
        env["FC_DATA_DIR"] = _dir;
        var config = LocalConfig.Load(null, env);
        config.GenerateMissingSecrets();
        return ServeSettings.From(config);
    }

    [Fact]
    public void Reading_the_settings_writes_nothing_and_a_missing_secret_is_named()
    {
        var read = () => ServeSettings.From(LocalConfig.Load(null, new Dictionary<string, string> { ["FC_DATA_DIR"] = _dir }));

        read.Should().Throw<InvalidOperationException>().WithMessage("*owner_key*");
        Directory.Exists(Path.Combine(_dir, "secrets")).Should().BeFalse("generating secrets is its own explicit step");
    }

    [Fact]
    public void Defaults_give_a_working_local_setup_with_generated_secrets_and_the_outbox()
    {
        var s = Read([]);
        s.Relay.Should().BeNull("mail goes to the outbox by default");
        s.Listener.Port.Should().Be(2525);
        s.Listener.Host.Should().Be("127.0.0.1");
        s.PublicBaseUrl.AbsoluteUri.Should().EndWith("/");
        s.OwnerKey.Should().HaveLength(64);
        s.Web.Webhooks.Should().BeEmpty("without a webhook secret every delivery is refused");
        s.Web.SecureCookies.Should().BeFalse("plain http locally");
        File.Exists(Path.Combine(_dir, "secrets", "signing_secret")).Should().BeTrue();
        s.TestControl.Should().BeFalse();
    }

    [Fact]
    public void Generated_secrets_are_kept_so_a_restart_keeps_links_valid()
    {
        Read([]).OwnerKey.Should().Be(Read([]).OwnerKey);
    }

    [Fact]
    public void Environment_settings_reach_the_typed_settings()
    {
        var s = Read(new()
        {
            ["FC_SMTP_LISTEN"] = "127.0.0.1:2600", ["FC_WEBHOOK_SECRET"] = "w", ["FC_MAIL_MODE"] = "smtp",
            ["FC_SMTP_RELAY_HOST"] = "relay.example", ["FC_SMTP_RELAY_SECURITY"] = "ssl", ["FC_PUBLIC_BASE_URL"] = "https://fb.example.com",
        });
        s.Listener.Port.Should().Be(2600);
        s.Web.Webhooks.Should().ContainKey("generic");
        s.Relay!.Host.Should().Be("relay.example");
        s.Relay.Security.Should().Be(Local.Mail.SmtpSecurity.SslOnConnect);
        s.Web.SecureCookies.Should().BeTrue();
    }

    [Fact]
    public void Relay_bounces_go_to_the_reply_address_only_when_turned_on()
    {
        var relay = new Dictionary<string, string> { ["FC_MAIL_MODE"] = "smtp", ["FC_SMTP_RELAY_HOST"] = "relay.example" };

        Read(new(relay)).Relay!.BouncesToReplyAddress.Should().BeFalse();
        Read(new(relay) { ["FC_SMTP_RELAY_BOUNCES_TO_REPLY"] = "on" }).Relay!.BouncesToReplyAddress.Should().BeTrue();
    }

    [Theory]
    [InlineData("FC_SMTP_RELAY_SECURITY", "tls", "smtp_relay_security")]
    [InlineData("FC_SMTP_RELAY_BOUNCES_TO_REPLY", "yes please", "smtp_relay_bounces_to_reply")]
    public void A_relay_setting_with_an_unknown_value_fails_the_start_naming_it(string variable, string value, string key)
    {
        var act = () => Read(new() { ["FC_MAIL_MODE"] = "smtp", ["FC_SMTP_RELAY_HOST"] = "relay.example", [variable] = value });

        act.Should().Throw<InvalidOperationException>().WithMessage($"*{key}*{value}*");
    }

    [Theory]
    [InlineData("2525")]
    [InlineData("localhost:")]
    [InlineData("host:port")]
    public void A_listen_address_without_a_port_fails_the_start_naming_the_key(string value)
    {
        var act = () => ServeSettings.HostPort("smtp_listen", value);
        act.Should().Throw<InvalidOperationException>().WithMessage("*smtp_listen*");
    }

    public void Dispose()
    {
        if (Directory.Exists(_dir)) Directory.Delete(_dir, recursive: true);
    }
}
