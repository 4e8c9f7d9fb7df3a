using System.Text;
using FeedbackCollector.Core.Flow;
using FeedbackCollector.Core.Ports;
using FeedbackCollector.Core.Rules;
using FeedbackCollector.Core.Voice;
using FeedbackCollector.Testing.Fakes;
using Microsoft.Extensions.Time.Testing;

namespace FeedbackCollector.Core.Tests.Flow;

public sealed class OwnerDocsTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private readonly FakeBlobStore blobs = new();
    private readonly OwnerDocs docs;

    public OwnerDocsTests() => docs = new OwnerDocs(blobs, new FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 1, 0, 0, TimeSpan.Zero)));

    [Fact]
    public async Task With_nothing_stored_the_defaults_are_in_force()
    {
        var current = await docs.LoadAsync(Ct);

        current.Rules.Should().BeEquivalentTo(new BusinessRules());
        current.Voice.Template(VoiceKey.AskSubject).Should().Be(VoiceDefaults.Templates[VoiceKey.AskSubject]);
        current.Holidays.Dates.Should().BeEmpty();
    }

    [Fact]
    public async Task A_clean_edit_of_rules_txt_comes_into_force()
    {
        var update = await docs.UpdateRulesAsync("Business: Kim's Salon\nReview link goes to: everyone\n", Ct);

        update.Accepted.Should().BeTrue();
        var rules = (await docs.LoadAsync(Ct)).Rules;
        rules.BusinessName.Should().Be("Kim's Salon");
        rules.ReviewLinkPolicy.Should().Be(ReviewLinkPolicy.Everyone);
    }

    [Fact]
    public async Task A_bad_edit_never_replaces_the_last_good_rules_and_its_problems_have_line_numbers()
    {
        await docs.UpdateRulesAsync("Business: Kim's Salon\n", Ct);

        var bad = await docs.UpdateRulesAsync("Business: Somebody Else\nTimezone: Mars/Olympus\n", Ct);

        bad.Accepted.Should().BeFalse();
        bad.Problems.Should().Contain(p => p.Line == 2 && p.Severity == ProblemSeverity.Error);
        (await docs.LoadAsync(Ct)).Rules.BusinessName.Should().Be("Kim's Salon");
        Encoding.UTF8.GetString((await blobs.GetAsync(BlobArea.Rules, OwnerDocs.IncomingKey(OwnerDocs.RulesName), Ct))!)
            .Should().Contain("Mars/Olympus", "the owner's edit is kept as received even when refused");
    }

    [Fact]
    public async Task A_bad_voice_edit_keeps_the_last_good_wording()
    {
        (await docs.UpdateVoiceAsync("Ask subject: Hello {first_name}!\n", Ct)).Accepted.Should().BeTrue();

        var bad = await docs.UpdateVoiceAsync("Ask subject: Hello {frist_name}!\n", Ct);

        bad.Accepted.Should().BeFalse();
        bad.Problems.Should().Contain(p => p.Line == 1);
        (await docs.LoadAsync(Ct)).Voice.Template(VoiceKey.AskSubject).Should().Be("Hello {first_name}!");
    }

    [Fact]
    public async Task Holidays_come_from_the_ics_file_rules_txt_names()
    {
        await docs.PutCalendarAsync("sg.ics", "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20260403\r\nSUMMARY:Good Friday\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n", Ct);
        await docs.UpdateRulesAsync("Holiday calendar: sg.ics\nHoliday: 25 Dec 2026\n", Ct);

        var current = await docs.LoadAsync(Ct);

        current.Holidays.IsHoliday(new DateOnly(2026, 4, 3)).Should().BeTrue();
        current.Holidays.IsHoliday(new DateOnly(2026, 12, 25)).Should().BeTrue();
        current.HolidayProblems.Should().NotContain(p => p.Severity == ProblemSeverity.Error);
    }

    [Fact]
    public async Task A_missing_ics_file_is_reported_and_the_listed_dates_still_hold()
    {
        await docs.UpdateRulesAsync("Holiday calendar: gone.ics\nHoliday: 25 Dec 2026\n", Ct);

        var current = await docs.LoadAsync(Ct);

        current.HolidayProblems.Should().Contain(p => p.Message.Contains("gone.ics"));
        current.Holidays.IsHoliday(new DateOnly(2026, 12, 25)).Should().BeTrue();
    }
}
