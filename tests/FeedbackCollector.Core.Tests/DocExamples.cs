using System.Text.RegularExpressions;
using FeedbackCollector.Testing;

namespace FeedbackCollector.Core.Tests;

/// <summary>Reads the example doc out of docs/*.md: the first ```text fenced block.</summary>
internal static class DocExamples
{
    public static string FirstTextBlock(string mdFile)
    {
        var md = File.ReadAllText(RepoPaths.Of("docs", mdFile));
        var m = Regex.Match(md, "```text\\r?\\n(.*?)```", RegexOptions.Singleline);
        if (!m.Success) throw new InvalidOperationException($"docs/{mdFile} has no ```text block");
        return m.Groups[1].Value;
    }
}
