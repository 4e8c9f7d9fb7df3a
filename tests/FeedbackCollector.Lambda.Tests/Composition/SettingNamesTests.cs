using FeedbackCollector.App.Settings;
using FeedbackCollector.Lambda.Composition;
using FeedbackCollector.Lambda.Roles;
using RoleNames = FeedbackCollector.Lambda.Roles.Roles;
using FeedbackCollector.Testing.Fakes;

namespace FeedbackCollector.Lambda.Tests.Composition;

public sealed class SettingNamesTests
{
    private static Task<ConfigSnapshot> LoadAsync(FakeConfigSource config) =>
        ConfigSnapshot.LoadAsync(config, new FakeSecretSource(), [], CancellationToken.None);

    [Fact]
    public async Task A_parameter_under_its_old_spelling_is_read_under_the_new_name_and_reported()
    {
        var config = await LoadAsync(new FakeConfigSource().Set("sender-address", "hi@kims.sg").Set("reply-domain", "reply.kims.sg")
            .Set("owner-email", "kim@kims.sg"));

        var settings = CollectorSettingsReader.From(config, "https://fb.kims.sg/");

        (settings.FromAddress, settings.ReplyDomain).Should().Be(("hi@kims.sg", "reply.kims.sg"));
        config.Optional(SettingNames.OwnerEmail).Should().Be("kim@kims.sg");
        config.Renamed.Select(r => r.ToString()).Should().Contain("sender-address is now called sender_address: rename it (the old name is accepted for this release only)");
    }

    [Fact]
    public async Task Without_a_sender_name_the_emails_carry_the_rules_business_name_as_locally()
    {
        var config = await LoadAsync(new FakeConfigSource().Set("sender_address", "hi@kims.sg").Set("reply_domain", "reply.kims.sg"));

        CollectorSettingsReader.From(config, "https://fb.kims.sg/").FromName.Should().BeEmpty();
        config.Renamed.Should().BeEmpty();
    }

    [Fact]
    public async Task A_missing_required_setting_names_its_parameter()
    {
        var config = await LoadAsync(new FakeConfigSource().Set("sender_address", "hi@kims.sg"));

        var act = () => CollectorSettingsReader.From(config, "https://fb.kims.sg/");

        act.Should().Throw<MissingSettingException>().WithMessage("/fc/config/reply_domain is not set");
    }

    [Fact]
    public void Every_reader_the_registry_names_is_serve_or_a_lambda_role()
    {
        var readers = SettingsRegistry.All.SelectMany(s => s.Readers).Distinct();

        readers.Should().BeSubsetOf([SettingReaders.Serve, .. RoleNames.Names]);
    }

    [Fact]
    public void Every_secret_a_role_reads_is_a_registry_setting_kept_in_secrets_manager()
    {
        var registered = SettingsRegistry.All.Where(s => s.Aws == AwsSource.Secret).Select(s => s.AwsSecret);

        Enum.GetValues<Role>().SelectMany(RoleSecrets.For).Distinct().Should().BeSubsetOf(registered);
    }
}
