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
/// What <see cref="LoadAsync"/> returns is parsed once per version: each call compares the blobs' stamps (a
/// stat locally, a HEAD on S3, at most once per <c>recheck</c>) and re-reads only when one has moved.
/// </summary>
/// <param name="recheck">How long a loaded set is trusted without looking at the stamps (zero: every call looks).</param>
public sealed class OwnerDocs(IBlobStore blobs, TimeProvider time, TimeSpan recheck = default)
{
    private sealed record Loaded(string Key, OwnerDocSet Docs, DateTimeOffset CheckedAt);

    private Loaded? _loaded;
    private long _parses;

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
    public async Task PutCalendarAsync(string name, string icsText, CancellationToken ct = default)
    {
        await blobs.PutAsync(BlobArea.Rules, CalendarPrefix + name, Encoding.UTF8.GetBytes(icsText), "text/calendar", ct);
        Volatile.Write(ref _loaded, null);
    }

    /// <summary>How many times the docs have been read and parsed (a seam for tests and the bench).</summary>
    public long Parses => Interlocked.Read(ref _parses);

    /// <summary>The docs in force: the good versions, or the defaults for a doc never given cleanly.</summary>
    public async Task<OwnerDocSet> LoadAsync(CancellationToken ct = default)
    {
        var now = time.GetUtcNow();
        var last = Volatile.Read(ref _loaded);
        if (last is not null && now - last.CheckedAt < recheck && now >= last.CheckedAt) return last.Docs;
        var key = await VersionKeyAsync(last?.Docs.Rules.Holidays.CalendarFiles ?? [], now.Year, ct);
        if (last is not null && last.Key == key)
        {
            Volatile.Write(ref _loaded, last with { CheckedAt = now });
            return last.Docs;
        }
        var docs = await ParseAsync(ct);
        // The calendars rules.txt names are part of the version; a first load learns their names.
        if (last is null || !SameCalendars(last.Docs, docs)) key = await VersionKeyAsync(docs.Rules.Holidays.CalendarFiles, now.Year, ct);
        Volatile.Write(ref _loaded, new Loaded(key, docs, now));
        return docs;
    }

    private static bool SameCalendars(OwnerDocSet a, OwnerDocSet b) =>
        a.Rules.Holidays.CalendarFiles.SequenceEqual(b.Rules.Holidays.CalendarFiles, StringComparer.Ordinal);

    private async Task<string> VersionKeyAsync(IEnumerable<string> calendarFiles, int year, CancellationToken ct)
    {
        var key = new StringBuilder().Append(year);
        key.Append('|').Append(await blobs.StampAsync(BlobArea.Rules, GoodKey(RulesName), ct));
        key.Append('|').Append(await blobs.StampAsync(BlobArea.Rules, GoodKey(VoiceName), ct));
        foreach (var name in calendarFiles)
        {
            key.Append('|').Append(name).Append('=').Append(await blobs.StampAsync(BlobArea.Rules, CalendarPrefix + name, ct));
        }
        return key.ToString();
    }

    private async Task<OwnerDocSet> ParseAsync(CancellationToken ct)
    {
        Interlocked.Increment(ref _parses);
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
        // This process sees its own edit at once, whatever the recheck interval.
        if (accepted) Volatile.Write(ref _loaded, null);
        return new DocUpdate(doc, accepted, problems);
    }

    private async Task<string?> ReadAsync(string key, CancellationToken ct)
    {
        var bytes = await blobs.GetAsync(BlobArea.Rules, key, ct);
        if (bytes is null) return null;
        return Encoding.UTF8.GetString(bytes, 0, Math.Min(bytes.Length, MaxDocBytes));
    }
}
