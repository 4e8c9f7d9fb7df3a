namespace FeedbackCollector.Core.Rules;

/// <summary>
/// Reads rules.txt, the owner's plain-English settings ("Quiet hours: 9pm to 9am"). Never throws on bad
/// input: every problem comes back with its line number, and any error means no value, so the caller keeps
/// the last good rules (see <see cref="ChooseCurrent"/>). A single-valued setting written twice is a
/// warning and the later line wins; lists (review links, holidays, waits per visit type) accumulate.
/// </summary>
public static class RulesDoc
{
    /// <summary>Parses rules.txt. Value is null when any problem is an error.</summary>
    public static DocParseResult<BusinessRules> Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var problems = new ProblemList();
        var draft = new RulesDraft();
        var firstLineOf = new Dictionary<string, int>(StringComparer.Ordinal);
        var lines = DocText.Lines(text, out var truncatedAt);
        if (truncatedAt > 0)
        {
            problems.Error(truncatedAt, $"rules.txt is too long; I read only the first {DocText.MaxLines} lines or {DocText.MaxChars} characters. Keep it to the settings you need.");
        }
        foreach (var line in lines) ReadLine(line, draft, firstLineOf, problems);
        RulesChecks.Finish(draft, problems);
        return new DocParseResult<BusinessRules>(problems.HasErrors ? null : draft.Build(), problems.Sorted());
    }

    /// <summary>
    /// The rules to use after an edit: the new ones when the edit parsed cleanly, otherwise the last good
    /// ones (or the defaults when there never were good ones). A bad edit never replaces a good version.
    /// </summary>
    public static BusinessRules ChooseCurrent(BusinessRules? lastGood, DocParseResult<BusinessRules> edit)
    {
        ArgumentNullException.ThrowIfNull(edit);
        return edit.Ok && edit.Value is not null ? edit.Value : lastGood ?? new BusinessRules();
    }

    private static void ReadLine(DocLine line, RulesDraft draft, Dictionary<string, int> firstLineOf, ProblemList problems)
    {
        var text = DocText.StripBullet(line.Text);
        if (text.Length == 0 || DocText.IsComment(text)) return;
        if (text.Length > DocText.MaxLineLength)
        {
            problems.Error(line.Number, $"this line is longer than {DocText.MaxLineLength} characters; a setting fits on one short line.");
            return;
        }
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        if (colon < 0)
        {
            NoColon(line.Number, text, problems);
            return;
        }
        ReadSetting(line.Number, text[..colon].Trim(), DocText.PlainDashes(text[(colon + 1)..].Trim()), draft, firstLineOf, problems);
    }

    private static void ReadSetting(int number, string rawKey, string value, RulesDraft draft, Dictionary<string, int> firstLineOf, ProblemList problems)
    {
        var key = DocText.NormalizeKey(rawKey);
        var setting = RulesSettings.Find(key);
        if (setting is null)
        {
            UnknownKey(number, rawKey, problems);
            return;
        }
        if (value.Length == 0)
        {
            problems.Error(number, $"\"{rawKey}\" has nothing after the colon; {setting.Example}.");
            return;
        }
        if (!setting.Multi && firstLineOf.TryGetValue(setting.Name, out var first))
        {
            problems.Warn(number, $"{setting.Name} is set again here (first on line {first}); I'm using this later line.");
        }
        firstLineOf.TryAdd(setting.Name, number);
        setting.Read(new RulesLine(number, key, value, draft, problems));
    }

    private static void NoColon(int number, string text, ProblemList problems)
    {
        var known = RulesSettings.KnownPrefix(DocText.NormalizeKey(text));
        if (known is not null)
        {
            problems.Error(number, $"put a colon after \"{known.Name}\", e.g. {known.Example}.");
        }
        else
        {
            problems.Warn(number, "I ignored this line: settings look like \"Name: value\" (e.g. \"Timezone: Asia/Singapore\"); start a line with # for a note.");
        }
    }

    private static void UnknownKey(int number, string key, ProblemList problems)
    {
        var guess = problems.Suggest(DocText.NormalizeKey(key), RulesSettings.AllNames, 3);
        var hint = guess is null ? "" : $"; did you mean \"{guess}\"?";
        problems.Warn(number, $"\"{key}\" is not a setting I know, so I ignored this line{hint}");
    }
}
