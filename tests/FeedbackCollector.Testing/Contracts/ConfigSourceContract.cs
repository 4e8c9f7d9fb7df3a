using FeedbackCollector.Core.Ports;

namespace FeedbackCollector.Testing.Contracts;

/// <summary>
/// What every IConfigSource must do: Parameter Store under /fc/config/ on AWS, the collector.conf file
/// locally. Each test gets a source of its own (a fresh parameter path, a fresh file).
/// </summary>
public abstract class ConfigSourceContract
{
    /// <summary>A source holding exactly these settings, in this order.</summary>
    protected abstract Task<IConfigSource> CreateSourceAsync(IReadOnlyList<KeyValuePair<string, string>> settings);

    private static KeyValuePair<string, string> S(string key, string value) => new(key, value);

    [Fact]
    public async Task Every_stored_setting_is_loaded_with_its_value()
    {
        var source = await CreateSourceAsync([S("timezone", "Asia/Singapore"), S("review_link", "https://g.page/r/abc/review")]);

        var values = await source.LoadAsync(ContractIds.Ct);

        values.Should().HaveCount(2);
        values["timezone"].Should().BeEquivalentTo(new { Key = "timezone", Value = "Asia/Singapore" });
        values["review_link"].Value.Should().Be("https://g.page/r/abc/review");
    }

    [Fact]
    public async Task Each_setting_says_where_it_came_from()
    {
        var source = await CreateSourceAsync([S("timezone", "Asia/Singapore"), S("owner_email", "owner@example.com")]);

        var values = await source.LoadAsync(ContractIds.Ct);

        values.Values.Select(v => v.Origin).Should().OnlyContain(o => !string.IsNullOrWhiteSpace(o)).And.OnlyHaveUniqueItems();
    }

    [Fact]
    public async Task A_value_with_spaces_equals_signs_and_unicode_is_kept()
    {
        var source = await CreateSourceAsync([S("business_name", "Kopi = Love & Toast ☕ Zoë's")]);

        var values = await source.LoadAsync(ContractIds.Ct);

        values["business_name"].Value.Should().Be("Kopi = Love & Toast ☕ Zoë's");
    }

    [Fact]
    public async Task A_source_with_no_settings_loads_none()
    {
        var source = await CreateSourceAsync([]);

        (await source.LoadAsync(ContractIds.Ct)).Should().BeEmpty();
    }

    [Fact]
    public async Task A_setting_is_found_whatever_the_case_of_its_key()
    {
        var source = await CreateSourceAsync([S("timezone", "Europe/London")]);

        var values = await source.LoadAsync(ContractIds.Ct);

        values["TimeZone"].Value.Should().Be("Europe/London");
    }

    [Fact]
    public async Task Loading_twice_gives_the_same_settings()
    {
        var source = await CreateSourceAsync([S("timezone", "Asia/Singapore"), S("quiet_hours", "21:00-09:00")]);

        var first = await source.LoadAsync(ContractIds.Ct);
        var second = await source.LoadAsync(ContractIds.Ct);

        second.Should().BeEquivalentTo(first);
    }
}
