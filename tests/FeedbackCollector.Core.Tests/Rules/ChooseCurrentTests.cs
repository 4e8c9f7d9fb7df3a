using FeedbackCollector.Core.Rules;

namespace FeedbackCollector.Core.Tests.Rules;

public sealed class ChooseCurrentTests
{
    private static readonly BusinessRules LastGood = RulesDoc.Parse("Business: Kim's Salon\nQuiet hours: 10pm to 8am").Value!;

    [Fact]
    public void A_clean_edit_replaces_the_last_good_rules()
    {
        var edit = RulesDoc.Parse("Business: Kim's Hair Studio");
        RulesDoc.ChooseCurrent(LastGood, edit).BusinessName.Should().Be("Kim's Hair Studio");
    }

    [Fact]
    public void An_edit_with_an_error_keeps_the_last_good_rules_whole_even_where_other_lines_were_fine()
    {
        var edit = RulesDoc.Parse("Business: Kim's Hair Studio\nTimezone: Asia/Singapur");
        RulesDoc.ChooseCurrent(LastGood, edit).Should().BeSameAs(LastGood);
    }

    [Fact]
    public void An_edit_with_only_warnings_still_applies()
    {
        var edit = RulesDoc.Parse("Business: New Name\nColour scheme: pink");
        RulesDoc.ChooseCurrent(LastGood, edit).BusinessName.Should().Be("New Name");
    }

    [Fact]
    public void With_no_good_version_yet_a_bad_edit_falls_back_to_the_defaults()
    {
        RulesDoc.ChooseCurrent(null, RulesDoc.Parse("Timezone: nowhere")).Should().BeEquivalentTo(new BusinessRules());
    }
}
