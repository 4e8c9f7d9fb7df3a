using System.Globalization;

namespace FeedbackCollector.Core.Rules;

/// <summary>Readers for how often to ask, when to follow up, and how to read stars and the classifier.</summary>
internal static partial class RulesReaders
{
    private static readonly Dictionary<string, int> Counts = new(StringComparer.OrdinalIgnoreCase)
    {
        ["once"] = 1, ["one time"] = 1, ["twice"] = 2, ["two times"] = 2, ["thrice"] = 3, ["three times"] = 3,
    };

    private static readonly string[] Connectives = ["every", "per", "each", "within", "in", "a", "an"];

    public static void AskCap(RulesLine l)
    {
        var (count, rest) = SplitCount(l.Value);
        if (count is null || !DurationText.TryParse(rest, out var window) || window <= TimeSpan.Zero)
        {
            l.Error($"I can't read \"{l.Value}\" as a limit; write it like \"once every 90 days\" or \"twice every 6 months\".");
            return;
        }
        if (count is < 1 or > 100) { l.Error("the number of asks must be between 1 and 100."); return; }
        if (window < TimeSpan.FromDays(1)) l.Warn($"asking up to {count} times every {DurationText.Describe(window)} may feel pushy to customers.");
        l.Draft.Rules = l.Draft.Rules with { AskCap = new AskCap(count.Value, window) };
    }

    /// <summary>"once every 90 days" → (1, "90 days"); "2 times a month" → (2, "month").</summary>
    private static (int? Count, string Window) SplitCount(string value)
    {
        var words = value.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        int? count = null;
        var take = 0;
        if (words.Count >= 2 && Counts.TryGetValue(words[0] + " " + words[1], out var c2)) (count, take) = (c2, 2);
        else if (words.Count >= 1 && Counts.TryGetValue(words[0], out var c1)) (count, take) = (c1, 1);
        else if (words.Count >= 1 && int.TryParse(words[0], NumberStyles.None, CultureInfo.InvariantCulture, out var n))
        {
            (count, take) = (n, words.Count > 1 && words[1].StartsWith("time", StringComparison.OrdinalIgnoreCase) ? 2 : 1);
        }
        if (count is null) return (null, value);
        var rest = words.Skip(take).ToList();
        if (rest.Count > 0 && Connectives.Contains(rest[0].ToLowerInvariant()) && rest.Count > 1) rest.RemoveAt(0);
        return (count, string.Join(' ', rest));
    }

    public static void FollowUp(RulesLine l)
    {
        if (IsNone(l.Value) || l.Value.Equals("off", StringComparison.OrdinalIgnoreCase))
        {
            l.Draft.Rules = l.Draft.Rules with { FollowUpAfter = null };
            return;
        }
        var v = l.Value;
        if (v.StartsWith("after ", StringComparison.OrdinalIgnoreCase)) v = v[6..];
        foreach (var tail in new[] { " of silence", " without a reply", " without an answer", " with no reply", " with no answer", " of no reply" })
        {
            if (v.EndsWith(tail, StringComparison.OrdinalIgnoreCase)) v = v[..^tail.Length];
        }
        if (!DurationText.TryParse(v, out var after) || after < TimeSpan.FromHours(1))
        {
            l.Error($"I can't read \"{l.Value}\" as a follow-up time; write it like \"3 days of silence\", or \"never\" to send no follow-up.");
            return;
        }
        if (after > TimeSpan.FromDays(30)) { l.Error("a follow-up more than 30 days later comes too late; use up to 30 days, or \"never\"."); return; }
        l.Draft.Rules = l.Draft.Rules with { FollowUpAfter = after };
    }

    public static void HappyStars(RulesLine l)
    {
        if (ReadStars(l) is { } range) l.Draft.Happy = (range.From, range.To, l.Number);
    }

    public static void UnhappyStars(RulesLine l)
    {
        if (ReadStars(l) is { } range) l.Draft.Unhappy = (range.From, range.To, l.Number);
    }

    /// <summary>"4 to 5", "4-5", "4 and 5", "5", "4 or 5 stars" → (from, to) within 1..5.</summary>
    private static (int From, int To)? ReadStars(RulesLine l)
    {
        var v = l.Value.Replace("stars", "", StringComparison.OrdinalIgnoreCase).Replace("star", "", StringComparison.OrdinalIgnoreCase).Trim();
        var range = SplitRange(v.Replace(" or ", " to ", StringComparison.OrdinalIgnoreCase)) ?? (v, v);
        if (!int.TryParse(range.A, NumberStyles.None, CultureInfo.InvariantCulture, out var from)
            || !int.TryParse(range.B, NumberStyles.None, CultureInfo.InvariantCulture, out var to))
        {
            l.Error($"I can't read \"{l.Value}\" as stars; write a range like \"4 to 5\" or a single number like \"5\".");
            return null;
        }
        if (from is < 1 or > 5 || to is < 1 or > 5) { l.Error($"stars go from 1 to 5, so \"{l.Value}\" can't be right; write a range like \"4 to 5\"."); return null; }
        return from <= to ? (from, to) : (to, from);
    }

    public static void Confidence(RulesLine l)
    {
        var v = l.Value.Replace("percent", "%", StringComparison.OrdinalIgnoreCase).Replace(" ", "", StringComparison.Ordinal);
        var isPercent = v.EndsWith('%');
        // double.TryParse takes "NaN" and "Infinity" whatever the styles; a NaN threshold would make every reply unclear.
        if (!double.TryParse(v.TrimEnd('%'), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var n) || !double.IsFinite(n))
        {
            l.Error($"I can't read \"{l.Value}\" as a percentage; write it like \"70%\".");
            return;
        }
        var fraction = isPercent || n > 1 ? n / 100 : n;
        if (fraction is < 0 or > 1) { l.Error($"\"{l.Value}\" is more than 100%; write a percentage between 0% and 100%, like \"70%\"."); return; }
        if (fraction < 0.5) l.Warn($"with a confidence of {fraction:P0}, replies the classifier is unsure about will be routed anyway; 60% to 80% is usual.");
        l.Draft.Rules = l.Draft.Rules with { ConfidenceThreshold = fraction };
    }
}
