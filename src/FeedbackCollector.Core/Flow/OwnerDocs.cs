using System.Text;
using FeedbackCollector.Core.Ports;
using FeedbackCollector.Core.Rules;
using FeedbackCollector.Core.Scheduling;
using FeedbackCollector.Core.Voice;

namespace FeedbackCollector.Core.Flow;

/// <summary>
/// Keeps the owner's rules.txt and voice.txt in the rules blob area. Every edit is kept as received
/// (incoming/), and only an edit that parses without errors becomes the good version (good/), so a
/// bad edit never replaces the one in force. .ics holiday files live under calendars/.
/// </summary>
public sealed class OwnerDocs(IBlobStore blobs, TimeProvider time)
{
    public const string RulesName = "rules.txt";
    public const string VoiceName = "voice.txt";
    public const string CalendarPrefix = "calendars/";

    /// <summary>Caps what is read back, so a runaway file cannot exhaust memory.</summary>
    public const int MaxDocBytes = 1_000_000;

    public static string GoodKey(string doc) => "good/" + doc;

    public static string IncomingKey(string doc) => "incoming/" + doc;

    public Task<DocUpdate> UpdateRulesAsync(string text, CancellationToken ct = default) =>
        UpdateAsync(RulesName, text, t => RulesDoc.Parse(t).Problems, ct);

    public Task<DocUpdate> UpdateVoiceAsync(string text, CancellationToken ct = default) =>
        UpdateAsync(VoiceName, text, t => VoiceDocParser.Parse(t).Problems, ct);

    /// <summary>Stores an .ics holiday file that rules.txt may name ("Holiday calendar: sg-2026.ics").</summary>
    public Task PutCalendarAsync(string name, string icsText, CancellationToken ct = default) =>
        blobs.PutAsync(BlobArea.Rules, CalendarPrefix + name, Encoding.UTF8.GetBytes(icsText), "text/calendar", ct);

    /// <summary>The docs in force: the good versions, or the defaults for a doc never given cleanly.</summary>
    public async Task<OwnerDocSet> LoadAsync(CancellationToken ct = default)
    {
        var rulesText = await ReadAsync(GoodKey(RulesName), ct);
        var voiceText = await ReadAsync(GoodKey(VoiceName), ct);
        // A good version parsed once; if a newer parser now refuses it, the defaults are safer than a half-read doc.
        var rules = rulesText is null ? new BusinessRules() : RulesDoc.Parse(rulesText).Value ?? new BusinessRules();
        var voice = voiceText is null ? VoiceDefaults.Doc : VoiceDocParser.Parse(voiceText).Value ?? VoiceDefaults.Doc;
        var calendars = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var name in rules.Holidays.CalendarFiles)
        {
            if (await ReadAsync(CalendarPrefix + name, ct) is { } ics) calendars[name] = ics;
        }
        var year = time.GetUtcNow().Year;
        var built = HolidayCalendar.Build(rules.Holidays, calendars, year - 1, year + 2, rules.TimeZone);
        // A broken or missing .ics must not stop every send: keep the dates the doc lists and report the problem.
        var holidays = built.Ok && built.Value is not null ? built.Value : HolidayCalendar.Of(rules.Holidays.Dates);
        return new OwnerDocSet(rules, voice, holidays, built.Problems);
    }

    private async Task<DocUpdate> UpdateAsync(string doc, string text, Func<string, IReadOnlyList<DocProblem>> parse,
        CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(text);
        var bytes = Encoding.UTF8.GetBytes(text);
        // Kept as received first, with a dated copy, so nothing the owner wrote is ever lost.
        await blobs.PutAsync(BlobArea.Rules, IncomingKey(doc), bytes, "text/plain; charset=utf-8", ct);
        await blobs.PutAsync(BlobArea.Rules, $"history/{doc}/{time.GetUtcNow():yyyyMMdd'T'HHmmssfff'Z'}", bytes, "text/plain; charset=utf-8", ct);
        var problems = parse(text);
        var accepted = problems.All(p => p.Severity != ProblemSeverity.Error);
        if (accepted) await blobs.PutAsync(BlobArea.Rules, GoodKey(doc), bytes, "text/plain; charset=utf-8", ct);
        return new DocUpdate(doc, accepted, problems);
    }

    private async Task<string?> ReadAsync(string key, CancellationToken ct)
    {
        var bytes = await blobs.GetAsync(BlobArea.Rules, key, ct);
        if (bytes is null) return null;
        return Encoding.UTF8.GetString(bytes, 0, Math.Min(bytes.Length, MaxDocBytes));
    }
}
