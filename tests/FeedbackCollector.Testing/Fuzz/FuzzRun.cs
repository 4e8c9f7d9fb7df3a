using System.Diagnostics;
using FsCheck;
using FsCheck.Fluent;

namespace FeedbackCollector.Testing.Fuzz;

/// <summary>
/// Runs a fuzz property: every generated input goes through <c>check</c>, which must not throw (a rejection is a
/// value, not an exception) and must finish within <see cref="MaxPerInput"/>. The count is small by default so the
/// fuzz suites fit scripts/test's budget; FC_FUZZ_RUNS=100000 (scripts/bench fuzz) makes it a long run.
/// A failure is shrunk by FsCheck and reported with the smallest input found, ready to keep as a regression.
/// </summary>
public static class FuzzRun
{
    /// <summary>The bound: no input may take longer than this.</summary>
    public static readonly TimeSpan MaxPerInput = TimeSpan.FromSeconds(1);

    /// <summary>Inputs per property: FC_FUZZ_RUNS when set, else <paramref name="quick"/>.</summary>
    public static int Runs(int quick)
    {
        var text = Environment.GetEnvironmentVariable("FC_FUZZ_RUNS");
        return int.TryParse(text, out var runs) && runs > 0 ? runs : quick;
    }

    /// <summary>Checks <paramref name="check"/> on <paramref name="quick"/> inputs (or FC_FUZZ_RUNS).</summary>
    public static void ForAll<T>(Arbitrary<T> inputs, Action<T> check, int quick = 300)
    {
        ArgumentNullException.ThrowIfNull(check);
        Prop.ForAll(inputs, input => Timed(input, check))
            .Check(Config.QuickThrowOnFailure.WithMaxTest(Runs(quick)).WithQuietOnSuccess(true));
    }

    /// <summary>
    /// Runs one input and fails when it is slow. A slow input is timed once more before it fails, so a machine
    /// busy with other builds is told apart from an input that is slow every time.
    /// </summary>
    public static void Timed<T>(T input, Action<T> check)
    {
        ArgumentNullException.ThrowIfNull(check);
        var first = Time(input, check);
        if (first <= MaxPerInput) return;
        var second = Time(input, check);
        if (second > MaxPerInput)
            throw new FuzzFailureException($"one input took {first.TotalMilliseconds:F0} ms and then {second.TotalMilliseconds:F0} ms (limit {MaxPerInput.TotalMilliseconds:F0} ms): {Describe(input)}");
    }

    private static TimeSpan Time<T>(T input, Action<T> check)
    {
        var clock = Stopwatch.StartNew();
        check(input);
        return clock.Elapsed;
    }

    /// <summary>A short, escaped view of an input for failure messages (control characters and surrogates shown as \uXXXX).</summary>
    public static string Describe<T>(T input) => input switch
    {
        string s => Escaped(s),
        byte[] b => $"{b.Length} bytes: " + Escaped(System.Text.Encoding.Latin1.GetString(b)),
        _ => input?.ToString() ?? "null",
    };

    private static string Escaped(string s)
    {
        var sb = new System.Text.StringBuilder();
        foreach (var c in s.Length > 400 ? s[..400] : s)
            sb.Append(c is < ' ' or > '~' ? $"\\u{(int)c:x4}" : c.ToString());
        return $"\"{sb}\"" + (s.Length > 400 ? $"… ({s.Length} chars)" : "");
    }
}

/// <summary>A fuzz property that did not hold: what was wrong and the input (shown escaped).</summary>
public sealed class FuzzFailureException : Exception
{
    public FuzzFailureException(string message) : base(message) { }

    public FuzzFailureException() { }

    public FuzzFailureException(string message, Exception inner) : base(message, inner) { }
}
