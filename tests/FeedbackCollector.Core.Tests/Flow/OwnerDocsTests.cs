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

    private readonly FakeBlobStore _blobs = new();
    private readonly OwnerDocs _docs;

    public OwnerDocsTests() => _docs = new OwnerDocs(_blobs, new FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 1, 0, 0, TimeSpan.Zero)));

    [Fact]
    public async Task With_nothing_stored_the_defaults_are_in_force()
    {
        var current = await _docs.LoadAsync(Ct);

        current.Rules.Should().BeEquivalentTo(new BusinessRules());
        current.Voice.Template(VoiceKey.AskSubject).Should().Be(VoiceDefaults.Templates[VoiceKey.AskSubject]);
        current.Holidays.Dates.Should().BeEmpty();
    }

    [Fact]
    public async Task A_clean_edit_of_rules_txt_comes_into_force()
    {
        var update = await _docs.UpdateRulesAsync("Business: Kim's Salon\nReview link goes to: everyone\n", Ct);

        update.Accepted.Should().BeTrue();
        var rules = (await _docs.LoadAsync(Ct)).Rules;
        rules.BusinessName.Should().Be("Kim's Salon");
        rules.ReviewLinkPolicy.Should().Be(ReviewLinkPolicy.Everyone);
    }

    [Fact]
    public async Task A_bad_edit_never_replaces_the_last_good_rules_and_its_problems_have_line_numbers()
    {
        await _docs.UpdateRulesAsync("Business: Kim's Salon\n", Ct);

        var bad = await _docs.UpdateRulesAsync("Business: Somebody Else\nTimezone: Mars/Olympus\n", Ct);

        bad.Accepted.Should().BeFalse();
        bad.Problems.Should().Contain(p => p.Line == 2 && p.Severity == ProblemSeverity.Error);
        (await _docs.LoadAsync(Ct)).Rules.BusinessName.Should().Be("Kim's Salon");
        Encoding.UTF8.GetString((await _blobs.GetAsync(BlobArea.Rules, OwnerDocs.IncomingKey(OwnerDocs.RulesName), Ct))!)
            .Should().Contain("Mars/Olympus", "the owner's edit is kept as received even when refused");
    }

    [Fact]
    public async Task A_bad_voice_edit_keeps_the_last_good_wording()
    {
        (await _docs.UpdateVoiceAsync("Ask subject: Hello {first_name}!\n", Ct)).Accepted.Should().BeTrue();

        var bad = await _docs.UpdateVoiceAsync("Ask subject: Hello {frist_name}!\n", Ct);

        bad.Accepted.Should().BeFalse();
        bad.Problems.Should().Contain(p => p.Line == 1);
        (await _docs.LoadAsync(Ct)).Voice.Template(VoiceKey.AskSubject).Should().Be("Hello {first_name}!");
    }

    [Fact]
    public async Task Holidays_come_from_the_ics_file_rules_txt_names()
    {
        await _docs.PutCalendarAsync("sg.ics", "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20260403\r\nSUMMARY:Good Friday\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n", Ct);
        await _docs.UpdateRulesAsync("Holiday calendar: sg.ics\nHoliday: 25 Dec 2026\n", Ct);

        var current = await _docs.LoadAsync(Ct);

        current.Holidays.IsHoliday(new DateOnly(2026, 4, 3)).Should().BeTrue();
        current.Holidays.IsHoliday(new DateOnly(2026, 12, 25)).Should().BeTrue();
        current.HolidayProblems.Should().NotContain(p => p.Severity == ProblemSeverity.Error);
    }

    [Fact]
    public async Task A_missing_ics_file_is_reported_and_the_listed_dates_still_hold()
    {
        await _docs.UpdateRulesAsync("Holiday calendar: gone.ics\nHoliday: 25 Dec 2026\n", Ct);

        var current = await _docs.LoadAsync(Ct);

        current.HolidayProblems.Should().Contain(p => p.Message.Contains("gone.ics"));
        current.Holidays.IsHoliday(new DateOnly(2026, 12, 25)).Should().BeTrue();
    }

    [Fact]
    public async Task An_unchanged_rules_txt_is_parsed_once_however_often_it_is_loaded()
    {
        await _docs.UpdateRulesAsync("Business: Kim's Salon\n", Ct);
        await _docs.LoadAsync(Ct);
        var parsed = _docs.Parses;

        for (var i = 0; i < 50; i++) (await _docs.LoadAsync(Ct)).Rules.BusinessName.Should().Be("Kim's Salon");

        _docs.Parses.Should().Be(parsed);
    }

    [Fact]
    public async Task A_rules_txt_changed_by_another_process_is_picked_up_on_the_next_load()
    {
        await _docs.UpdateRulesAsync("Business: Kim's Salon\n", Ct);
        (await _docs.LoadAsync(Ct)).Rules.BusinessName.Should().Be("Kim's Salon");
        var other = new OwnerDocs(_blobs, new FakeTimeProvider());

        await other.UpdateRulesAsync("Business: Kim's Spa\n", Ct);

        (await _docs.LoadAsync(Ct)).Rules.BusinessName.Should().Be("Kim's Spa");
    }

    [Fact]
    public async Task With_a_recheck_interval_another_process_edit_waits_for_it_and_this_process_edit_does_not()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 1, 0, 0, TimeSpan.Zero));
        var cached = new OwnerDocs(_blobs, clock, TimeSpan.FromSeconds(5));
        await cached.UpdateRulesAsync("Business: Kim's Salon\n", Ct);
        (await cached.LoadAsync(Ct)).Rules.BusinessName.Should().Be("Kim's Salon");

        await new OwnerDocs(_blobs, clock).UpdateRulesAsync("Business: Kim's Spa\n", Ct);
        (await cached.LoadAsync(Ct)).Rules.BusinessName.Should().Be("Kim's Salon", "the stamps are not looked at within 5 s");
        clock.Advance(TimeSpan.FromSeconds(5));
        (await cached.LoadAsync(Ct)).Rules.BusinessName.Should().Be("Kim's Spa");

        await cached.UpdateRulesAsync("Business: Kim's Barber\n", Ct);
        (await cached.LoadAsync(Ct)).Rules.BusinessName.Should().Be("Kim's Barber");
    }

    [Fact]
    public async Task A_replaced_ics_file_is_picked_up_without_a_rules_edit()
    {
        await _docs.UpdateRulesAsync("Business: Kim's Salon\nHoliday calendar: sg.ics\n", Ct);
        await _docs.PutCalendarAsync("sg.ics", Ics(new DateOnly(2026, 8, 9)), Ct);
        (await _docs.LoadAsync(Ct)).Holidays.IsHoliday(new DateOnly(2026, 8, 9)).Should().BeTrue();

        await _blobs.PutAsync(BlobArea.Rules, OwnerDocs.CalendarPrefix + "sg.ics", Encoding.UTF8.GetBytes(Ics(new DateOnly(2026, 8, 10))), "text/calendar", Ct);

        var current = await _docs.LoadAsync(Ct);
        current.Holidays.IsHoliday(new DateOnly(2026, 8, 10)).Should().BeTrue();
        current.Holidays.IsHoliday(new DateOnly(2026, 8, 9)).Should().BeFalse();
    }

    private static string Ics(DateOnly day) =>
        $"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nDTSTART;VALUE=DATE:{day:yyyyMMdd}\r\nSUMMARY:Day off\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
}
