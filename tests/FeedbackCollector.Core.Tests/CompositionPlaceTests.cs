using System.Text.RegularExpressions;
using FeedbackCollector.Testing;

namespace FeedbackCollector.Core.Tests;

/// <summary>
/// One flow, two hosts: every use case is constructed in src/FeedbackCollector.App/FlowApp.cs and nowhere else in
/// src, so `serve` and the Lambda roles cannot drift apart again (they once gave the same tap two different pages).
/// </summary>
public sealed partial class CompositionPlaceTests
{
    private static readonly string Place = Path.Combine("src", "FeedbackCollector.App", "FlowApp.cs");

    /// <summary>The use cases of Core/Flow and the App's own, by class name.</summary>
    public static readonly TheoryData<string> UseCases = new(
        "VisitIntake", "AskSender", "AnswerIntake", "AnswerDispatch", "DailySweepJob", "MonthlySummaryJob", "OwnerActions",
        "Unsubscribe", "ReviewClick", "DeliveryFailures", "AskMessages", "OwnerDocs",
        "TapAnswers", "InboundReplies", "ReplyRouting", "UnsubscribeSink", "ReviewClicks", "OwnerConsole", "RulesOwnerNotifier",
        "OwnerSummaryWriter", "InProcessHandoff", "Withdraw", "OwnerDecisions", "OwnerDigestJob", "OwnerLinks", "OwnerDecisionSink", "SmsReplies", "SendFailureNotices",
        "CustomerErasure", "CustomerListPlanning", "SaleIntake");

    [Theory]
    [MemberData(nameof(UseCases))]
    public void A_use_case_is_constructed_only_in_the_one_composition_place(string useCase)
    {
        var pattern = new Regex($@"\bnew\s+{useCase}\s*\(", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        var outside = SourceFiles()
            .Where(f => !f.EndsWith(Place, StringComparison.Ordinal))
            .Where(f => pattern.IsMatch(File.ReadAllText(f)))
            .Select(f => Path.GetRelativePath(RepoPaths.Root, f))
            .ToList();

        outside.Should().BeEmpty($"{useCase} is built by FlowApp; hosts ask it for what they need");
    }

    [Fact]
    public void The_composition_place_constructs_every_use_case_it_is_named_for()
    {
        var text = File.ReadAllText(RepoPaths.Of(Place));

        // Guards the guard: a renamed class would otherwise make the test above pass vacuously.
        foreach (var useCase in UseCases) text.Should().MatchRegex($@"\bnew(\s+{useCase})?\s*\(", $"FlowApp builds {useCase}");
        TargetTypedNews().Should().BeEmpty("a target-typed new() of a use case outside FlowApp would hide from the check above");
    }

    /// <summary>Fields or locals of a use-case type assigned with a bare new(…) anywhere in src but FlowApp.</summary>
    private static List<string> TargetTypedNews()
    {
        var names = string.Join('|', UseCases);
        var pattern = new Regex($@"\b({names})\??\s+\w+\s*(=|\{{\s*get;[^}}]*\}}\s*=)\s*new\s*\(", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        return [.. SourceFiles()
            .Where(f => !f.EndsWith(Place, StringComparison.Ordinal) && pattern.IsMatch(File.ReadAllText(f)))
            .Select(f => Path.GetRelativePath(RepoPaths.Root, f))];
    }

    private static IEnumerable<string> SourceFiles() =>
        Directory.EnumerateFiles(RepoPaths.Of("src"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal));
}
