using System.Globalization;

namespace FeedbackCollector.Core.Flow;

/// <summary>
/// How many runs in a row one customer source (a calendar) has failed, and whether the owner has been told. The
/// owner hears once per streak: at once when the failure needs a person (the calendar is gone or no longer shared),
/// after <see cref="RunsBeforeTelling"/> failed runs in a row when it may pass by itself (Google's 5xx, a timeout).
/// </summary>
public sealed record FailureStreak(int Failures, bool Told)
{
    public const int RunsBeforeTelling = 3;

    public static FailureStreak None { get; } = new(0, false);

    /// <summary>The streak after one more failed run, and whether this run is the one that tells the owner.</summary>
    public (FailureStreak Next, bool TellOwner) After(bool transient)
    {
        var failures = Failures + 1;
        var tell = !Told && (!transient || failures >= RunsBeforeTelling);
        return (new FailureStreak(failures, Told || tell), tell);
    }

    /// <summary>"3" or "3 told": small enough to keep beside the source's cursor.</summary>
    public string Format() => Failures.ToString(CultureInfo.InvariantCulture) + (Told ? " told" : "");

    /// <summary>A streak written by <see cref="Format"/>; anything else is no streak.</summary>
    public static FailureStreak Parse(string? text)
    {
        var parts = (text ?? "").Trim().Split(' ', 2);
        return int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var failures) && failures > 0
            ? new FailureStreak(failures, parts is [_, "told"])
            : None;
    }
}
