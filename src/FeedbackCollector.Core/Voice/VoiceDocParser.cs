using FeedbackCollector.Core.Rules;

namespace FeedbackCollector.Core.Voice;

/// <summary>
/// Reads voice.txt: headings like "Ask subject:" each followed by the owner's wording, either on the same
/// line or on the lines below until the next heading. Never throws on bad input; every problem has its
/// line number; a section the doc leaves out keeps the built-in wording (<see cref="VoiceDefaults"/>).
/// </summary>
public static class VoiceDocParser
{
    private const int MaxSectionChars = 5_000;

    /// <summary>Parses voice.txt. Value is null when any problem is an error; otherwise every key has a template.</summary>
    public static DocParseResult<VoiceDoc> Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var problems = new ProblemList();
        var state = new VoiceReadState(problems);
        var lines = DocText.Lines(text, out var truncatedAt);
        if (truncatedAt > 0) problems.Error(truncatedAt, $"voice.txt is too long; I read only the first {DocText.MaxLines} lines or {DocText.MaxChars} characters.");
        foreach (var line in lines) ReadLine(line, state);
        state.Close();
        if (state.Sections.Count == 0) problems.Warn(1, "voice.txt has no headings I know, so all the built-in wording is used; start a section with a heading like \"Ask subject:\".");
        CheckMeaning(state, problems);
        var templates = Enum.GetValues<VoiceKey>().ToDictionary(k => k, k => state.Sections.TryGetValue(k, out var t) ? t : VoiceDefaults.Templates[k]);
        return new DocParseResult<VoiceDoc>(problems.HasErrors ? null : new VoiceDoc(templates), problems.Sorted());
    }

    private static void ReadLine(DocLine line, VoiceReadState state)
    {
        if (DocText.IsComment(line.Text)) return;
        if (line.Text.Length > DocText.MaxLineLength) { state.Problems.Error(line.Number, $"this line is longer than {DocText.MaxLineLength} characters; split it into shorter lines."); return; }
        var s = DocText.StripBullet(line.Text);
        var colon = s.IndexOf(':', StringComparison.Ordinal);
        var before = colon > 0 ? s[..colon] : "";
        var after = colon > 0 ? s[(colon + 1)..].Trim() : "";
        if (colon > 0 && VoiceHeadings.Find(before) is { } key)
        {
            state.Open(key, line.Number, after);
            return;
        }
        var headingLike = colon > 0 && VoiceHeadings.LooksLikeHeading(before);
        if (headingLike && (after.Length == 0 || !state.InSection))
        {
            var guess = state.Problems.Suggest(VoiceHeadings.Normalize(before), VoiceHeadings.Names, 4);
            var hint = guess is null ? $"the headings are {string.Join(", ", VoiceHeadings.Names)}" : $"did you mean \"{guess}:\"?";
            state.Problems.Warn(line.Number, $"\"{before.Trim()}\" is not a heading I know, so I ignored it and the text under it; {hint}");
            state.Ignore();
            return;
        }
        state.Add(line.Number, line.Text.Trim());
    }

    private static void CheckMeaning(VoiceReadState state, ProblemList problems)
    {
        foreach (var (key, text) in state.Sections)
        {
            var line = state.HeadingLines[key];
            if (text.Length > MaxSectionChars) problems.Error(line, $"{VoiceHeadings.NameOf(key)} is longer than {MaxSectionChars} characters; keep it short, customers read it on a phone.");
        }
        if (state.Sections.TryGetValue(VoiceKey.NudgeText, out var nudge) && !nudge.Contains("{review_link}", StringComparison.Ordinal))
        {
            problems.Warn(state.HeadingLines[VoiceKey.NudgeText], "Nudge text has no {review_link}, so happy customers won't get the link to your review page.");
        }
        SmsChecks.Check(state, problems);
    }
}
