using FeedbackCollector.Core.Rules;

namespace FeedbackCollector.Core.Voice;

/// <summary>The section voice.txt is in while it is read, and the finished sections.</summary>
internal sealed class VoiceReadState(ProblemList problems)
{
    private readonly List<(int Line, string Text)> _body = [];
    private VoiceKey? _key;
    private bool _ignoring;

    public ProblemList Problems { get; } = problems;
    public Dictionary<VoiceKey, string> Sections { get; } = [];
    public Dictionary<VoiceKey, int> HeadingLines { get; } = [];
    public bool InSection => _key is not null;

    public void Open(VoiceKey key, int line, string inlineText)
    {
        Close();
        if (HeadingLines.TryGetValue(key, out var first))
        {
            Problems.Warn(line, $"{VoiceHeadings.NameOf(key)} appears again here (first on line {first}); I'm using this later one.");
        }
        HeadingLines[key] = line;
        _key = key;
        if (inlineText.Length > 0) _body.Add((line, inlineText));
    }

    /// <summary>Skips lines under an unknown heading until the next known one.</summary>
    public void Ignore()
    {
        Close();
        _ignoring = true;
    }

    public void Add(int line, string text)
    {
        if (_ignoring) return;
        if (_key is null)
        {
            if (text.Length > 0) Problems.Warn(line, "this text is not under any heading, so I ignored it; put a heading like \"Ask text:\" above it.");
            return;
        }
        _body.Add((line, text));
    }

    public void Close()
    {
        _ignoring = false;
        if (_key is not { } key) return;
        _key = null;
        var lines = Trimmed();
        _body.Clear();
        if (lines.Count == 0)
        {
            Problems.Warn(HeadingLines[key], $"{VoiceHeadings.NameOf(key)} has no text, so the built-in wording is used.");
            return;
        }
        var nonEmpty = lines.Where(l => l.Text.Length > 0).ToList();
        if (VoiceHeadings.IsOneLine(key) && nonEmpty.Count > 1)
        {
            Problems.Error(nonEmpty[1].Line, $"{VoiceHeadings.NameOf(key)} must fit on one line, but it continues here; join it into one line or start the next part with its own heading.");
        }
        Sections[key] = string.Join('\n', lines.Select(l => Placeholders.Check(l.Text, l.Line, Problems)));
    }

    /// <summary>The body without blank lines at its start or end; blank lines inside stay as paragraph breaks.</summary>
    private List<(int Line, string Text)> Trimmed()
    {
        var start = _body.FindIndex(l => l.Text.Length > 0);
        if (start < 0) return [];
        var end = _body.FindLastIndex(l => l.Text.Length > 0);
        return _body.GetRange(start, end - start + 1);
    }
}
