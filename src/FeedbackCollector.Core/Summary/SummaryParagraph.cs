using System.Globalization;
using System.Text;
using FeedbackCollector.Core.Sweeps;

namespace FeedbackCollector.Core.Summary;

/// <summary>A paragraph that failed the check, and why (for the log: never the paragraph itself).</summary>
public sealed record ParagraphCheck(bool Passed, string? Problem)
{
    public static ParagraphCheck Pass { get; } = new(true, null);

    public static ParagraphCheck Fail(string problem) => new(false, problem);
}

/// <summary>The chosen paragraph, and the reason the plain one replaced the writer's (null when the writer's stood).</summary>
public sealed record ChosenParagraph(string Text, string? Fallback);

/// <summary>
/// The summary's opening paragraph: the plain one rendered from the figures, and the check a written one must pass:
/// one paragraph, of sane length, every number in it one of the figures (<see cref="SummaryNumbers"/>).
/// </summary>
public static class SummaryParagraph
{
    public const int MaxChars = 1200;

    private static readonly CultureInfo C = CultureInfo.InvariantCulture;

    /// <summary>The written paragraph when it passes the check, else the plain one with the reason.</summary>
    public static ChosenParagraph Choose(string? written, MonthlyFigures figures, string businessName)
    {
        ArgumentNullException.ThrowIfNull(figures);
        if (written is null) return new ChosenParagraph(Plain(figures, businessName), "no paragraph written");
        var check = Check(written, figures, businessName);
        return check.Passed
            ? new ChosenParagraph(Normalise(written), null)
            : new ChosenParagraph(Plain(figures, businessName), check.Problem);
    }

    public static ParagraphCheck Check(string paragraph, MonthlyFigures figures, string businessName)
    {
        ArgumentNullException.ThrowIfNull(paragraph);
        ArgumentNullException.ThrowIfNull(figures);
        var text = paragraph.Trim();
        if (text.Length == 0) return ParagraphCheck.Fail("empty paragraph");
        if (text.Length > MaxChars) return ParagraphCheck.Fail($"paragraph of {text.Length} characters (at most {MaxChars})");
        if (text.Replace("\r", "", StringComparison.Ordinal).Contains("\n\n", StringComparison.Ordinal))
            return ParagraphCheck.Fail("more than one paragraph");
        var allowed = SummaryNumbers.Allowed(figures, businessName);
        foreach (var stated in SummaryNumbers.Stated(text))
        {
            if (!SummaryNumbers.Matches(stated, allowed)) return ParagraphCheck.Fail($"states {stated.Text}, which is not one of the figures");
        }
        return ParagraphCheck.Pass;
    }

    /// <summary>The plain paragraph: every number in it is a figure, so it always passes the check.</summary>
    public static string Plain(MonthlyFigures f, string businessName)
    {
        ArgumentNullException.ThrowIfNull(f);
        var sb = new StringBuilder();
        sb.Append(C, $"In {SummaryTable.MonthName(f.Month)} {businessName} asked {f.Asked} {Plural(f.Asked, "customer")} for feedback");
        sb.Append(C, $" and {f.Answered} answered");
        sb.Append(f.ResponseRate is { } rate ? string.Create(C, $" (a response rate of {rate}%). ") : ". ");
        sb.Append(C, $"{f.Happy} {(f.Happy == 1 ? "was" : "were")} happy, {f.Unhappy} unhappy and {f.Unclear} unclear. ");
        sb.Append(C, $"The review link was clicked {f.ReviewLinkClicks} {Plural(f.ReviewLinkClicks, "time")}. ");
        sb.Append(C, $"{f.ComplaintsOpened} {Plural(f.ComplaintsOpened, "complaint")} came in, and {f.ComplaintsResolved} ");
        sb.Append(C, $"{(f.ComplaintsResolved == 1 ? "was" : "were")} resolved before any public review link went out.");
        if (f.MedianResponseTime is not null)
            sb.Append(C, $" Half of the answers came within {SummaryTable.Describe(f.MedianResponseTime)} of the ask.");
        if (f.LastMonth is { } last)
            sb.Append(C, $" Compared with {SummaryTable.MonthName(last.Month)}: asked {Change(f.Asked - last.Asked)}, happy {Change(f.Happy - last.Happy)}, unhappy {Change(f.Unhappy - last.Unhappy)}.");
        return sb.ToString();
    }

    private static string Change(int d) => d switch
    {
        0 => "unchanged",
        > 0 => string.Create(C, $"up {d}"),
        _ => string.Create(C, $"down {-d}"),
    };

    private static string Plural(int n, string word) => n == 1 ? word : word + "s";

    /// <summary>One paragraph on one line, as the email shows it.</summary>
    private static string Normalise(string text) =>
        string.Join(' ', text.Trim().Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
