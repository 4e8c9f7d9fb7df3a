using FeedbackCollector.Cli.Config;

namespace FeedbackCollector.Cli.Tests.Config;

public sealed class LocalConfigTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("fc-config-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string WriteConfig(string text)
    {
        var path = Path.Combine(_dir, "collector.conf");
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public void Each_setting_says_whether_it_came_from_the_default_the_file_or_the_environment()
    {
        var file = WriteConfig("# local\nreply_domain = reply.kims.sg\nhttp_listen = http://127.0.0.1:9000\n");
        var env = new Dictionary<string, string> { ["FC_HTTP_LISTEN"] = "http://127.0.0.1:9100" };

        var config = LocalConfig.Load(file, env);

        config.Values["sender_address"].Origin.Should().Be("default");
        config.Values["reply_domain"].Should().Be(new Core.Ports.ConfigValue("reply_domain", "reply.kims.sg", file + ":2"));
        config.Values["http_listen"].Value.Should().Be("http://127.0.0.1:9100");
        config.Values["http_listen"].Origin.Should().Be("env FC_HTTP_LISTEN");
    }

    [Fact]
    public void A_secret_can_come_from_a_file_named_by_an_environment_variable()
    {
        var secretFile = Path.Combine(_dir, "hook");
        File.WriteAllText(secretFile, "s3cret\n");

        var config = LocalConfig.Load(WriteConfig(""), new Dictionary<string, string> { ["FC_WEBHOOK_SECRET_FILE"] = secretFile });

        config.Get("webhook_secret").Should().Be("s3cret");
        config.Values["webhook_secret"].Origin.Should().Be("file " + secretFile);
    }

    [Fact]
    public void A_bad_line_is_an_error_with_its_line_number_and_an_unknown_key_a_warning()
    {
        var config = LocalConfig.Load(WriteConfig("reply_domain = x\nthis is not a setting\ncolour = blue\n"), new Dictionary<string, string>());

        config.Problems.Select(p => p.ToString()).Should().Equal(
            "line 2: error: \"this is not a setting\" is not a setting; write it as key = value",
            "line 3: warning: \"colour\" is not a setting I know; it is ignored");
    }

    [Fact]
    public void A_generated_secret_is_kept_so_a_restart_reuses_it()
    {
        var env = new Dictionary<string, string> { ["FC_DATA_DIR"] = Path.Combine(_dir, "data") };
        var first = LocalConfig.Load(WriteConfig(""), env);
        first.EnsureGenerated("signing_secret");
        var second = LocalConfig.Load(WriteConfig(""), env);
        second.EnsureGenerated("signing_secret");

        second.Get("signing_secret").Should().HaveLength(64).And.Be(first.Get("signing_secret"));
        if (!OperatingSystem.IsWindows())
            File.GetUnixFileMode(Path.Combine(_dir, "data", "secrets", "signing_secret")).Should().Be(UnixFileMode.UserRead | UnixFileMode.UserWrite);
    }

    [Fact]
    public void The_owner_key_printed_on_every_start_is_fixed_it_is_shown_only_by_the_start_that_made_it()
    {
        var env = new Dictionary<string, string> { ["FC_DATA_DIR"] = Path.Combine(_dir, "data") };
        var site = new Uri("http://127.0.0.1:8080/");
        var first = LocalConfig.Load(WriteConfig(""), env);
        var madeFirst = first.GenerateMissingSecrets();
        var second = LocalConfig.Load(WriteConfig(""), env);
        var madeSecond = second.GenerateMissingSecrets();
        var key = second.Get("owner_key")!;

        var firstLine = FeedbackCollector.Cli.Commands.OwnerPageBanner.Line(site, first.Get("owner_key")!, madeFirst.Contains("owner_key"), first.SourceOf("owner_key"));
        var laterLine = FeedbackCollector.Cli.Commands.OwnerPageBanner.Line(site, key, madeSecond.Contains("owner_key"), second.SourceOf("owner_key"));

        madeFirst.Should().BeEquivalentTo(["signing_secret", "owner_key"]);
        madeSecond.Should().BeEmpty();
        firstLine.Should().Contain("owner?key=" + key).And.Contain("shown this once");
        laterLine.Should().NotContain(key).And.Contain(Path.Combine(_dir, "data", "secrets", "owner_key"));
    }

    [Fact]
    public void Doctor_accepting_a_one_character_owner_key_or_signing_secret_is_fixed_it_warns_under_16_bytes()
    {
        var env = new Dictionary<string, string>
        {
            ["FC_OWNER_KEY"] = "k", ["FC_SIGNING_SECRET"] = "short-secret", ["FC_WEBHOOK_SECRET"] = "a-webhook-secret-long-enough",
        };
        var (report, _) = Doctor.Examine(LocalConfig.Load(WriteConfig(""), env));

        report.Should().Contain("warning: owner_key is shorter than 16 bytes").And.Contain("warning: signing_secret is shorter than 16 bytes");
        report.Should().NotContain("warning: webhook_secret").And.NotContain("short-secret");
    }

    [Fact]
    public void Doctor_names_what_is_missing_and_never_prints_a_secret()
    {
        var env = new Dictionary<string, string> { ["FC_SLACK_BOT_TOKEN"] = "xoxb-very-secret", ["FC_MAIL_MODE"] = "smtp" };
        var (report, healthy) = Doctor.Examine(LocalConfig.Load(WriteConfig(""), env));

        healthy.Should().BeFalse();
        report.Should().NotContain("xoxb-very-secret");
        report.Should().Contain("missing: smtp_relay_host");
        report.Should().Contain("missing: webhook_secret");
        report.Should().MatchRegex(@"slack_bot_token\s+\(set\)\s+from env FC_SLACK_BOT_TOKEN");
    }

    [Fact]
    public void An_old_spelling_still_works_and_doctor_names_the_new_one()
    {
        var env = new Dictionary<string, string> { ["FC_FROM_NAME"] = "Kim's Salon" };
        var config = LocalConfig.Load(WriteConfig("from_address = hello@kims.sg\n"), env);

        config.Get("sender_address").Should().Be("hello@kims.sg");
        config.Get("sender_name").Should().Be("Kim's Salon");
        config.Problems.Should().BeEmpty();
        var (report, _) = Doctor.Examine(config);
        report.Should().Contain("warning: from_address is now called sender_address")
            .And.Contain("warning: FC_FROM_NAME is now called FC_SENDER_NAME");
    }

    [Fact]
    public void The_new_spelling_wins_when_both_are_set()
    {
        var config = LocalConfig.Load(WriteConfig("sender_address = new@kims.sg\nfrom_address = old@kims.sg\n"), new Dictionary<string, string>());

        config.Get("sender_address").Should().Be("new@kims.sg");
        config.Renamed.Should().ContainSingle().Which.NewName.Should().Be("sender_address");
    }
}
