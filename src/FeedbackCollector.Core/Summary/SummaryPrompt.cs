using System.Globalization;
using System.Text;
using FeedbackCollector.Core.Sweeps;

namespace FeedbackCollector.Core.Summary;

/// <summary>
/// The instructions and the user message of a model-written summary paragraph, shared by every model-backed writer
/// (Bedrock on AWS, OpenAI-compatible and Anthropic endpoints locally). The user message holds the figures only:
/// counts, rates and durations, never a customer's words.
/// </summary>
public static class SummaryPrompt
{
    public const int MaxTokens = 400;

    public const string System =
        """
        You write the one-paragraph monthly feedback summary a small business owner reads in an email.
        The user message lists the month's figures. Write one short, plain, friendly paragraph (3 to 5 sentences) for the owner.
        Use only the figures given: never invent, estimate or compute other numbers, and write every number with digits exactly as given.
        "Review-link clicks" are clicks on the public review link, not reviews: call them clicks.
        Mention what went well and what needs attention. No greeting, no sign-off, no headings, no lists, no links.
        Answer with the paragraph only.
        """;

    public static string User(MonthlyFigures f, string businessName)
    {
        ArgumentNullException.ThrowIfNull(f);
        var c = CultureInfo.InvariantCulture;
        var sb = new StringBuilder();
        sb.Append(c, $"Business: {businessName}\nMonth: {SummaryTable.MonthName(f.Month)}\n");
        foreach (var row in SummaryTable.Rows(f))
        {
            sb.Append(c, $"{row.Label}: {row.Value}");
            if (row.LastMonth is not null) sb.Append(c, $" (last month {row.LastMonth}{(row.Change is null ? "" : ", change " + row.Change)})");
            sb.Append('\n');
        }
        foreach (var v in f.ByVisitType)
            sb.Append(c, $"Visit type {v.VisitType}: asked {v.Asked}, answered {v.Answered}, happy {v.Happy}, unhappy {v.Unhappy}, unclear {v.Unclear}\n");
        return sb.ToString();
    }
}
