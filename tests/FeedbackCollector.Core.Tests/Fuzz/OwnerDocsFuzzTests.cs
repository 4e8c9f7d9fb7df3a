using FeedbackCollector.Core.Rules;
using FeedbackCollector.Core.Voice;
using FeedbackCollector.Testing.Fuzz;

namespace FeedbackCollector.Core.Tests.Fuzz;

/// <summary>
/// Issue 15, fuzzing: rules.txt and voice.txt as an owner (or a hostile edit) could write them never make the parser
/// throw or take more than a second, and every refusal names its line and says what is wrong.
/// </summary>
public sealed class OwnerDocsFuzzTests
{
    [Fact]
    public void Any_rules_txt_parses_without_throwing_and_every_problem_names_a_line_of_the_doc()
    {
        var docs = Mutations.TextArb(Mutations.TextLike(OwnerDocSeeds.Rules, OwnerDocSeeds.RulesWords));
        FuzzRun.ForAll(docs, text =>
        {
            var result = RulesDoc.Parse(text);
            CheckProblems(text, result);
            if (result.Value is { } rules) CheckAccepted(text, rules);
        });
    }

    [Fact]
    public void Any_voice_txt_parses_without_throwing_and_every_problem_names_a_line_of_the_doc()
    {
        var docs = Mutations.TextArb(Mutations.TextLike(OwnerDocSeeds.Voice, OwnerDocSeeds.VoiceWords));
        FuzzRun.ForAll(docs, text =>
        {
            var result = VoiceDocParser.Parse(text);
            CheckProblems(text, result);
            if (result.Value is { } voice) RenderEveryTemplate(voice, text);
        });
    }

    /// <summary>The rules the parser accepts are usable: a value only without errors, problems in line order.</summary>
    internal static void CheckProblems<T>(string text, DocParseResult<T> result) where T : class
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n', '\r').Length;
        foreach (var p in result.Problems)
        {
            if (p.Line < 1 || p.Line > lines + 1) Fail(text, $"problem on line {p.Line} of a {lines}-line doc: {p.Message}");
            if (string.IsNullOrWhiteSpace(p.Message)) Fail(text, $"problem on line {p.Line} says nothing");
        }
        if ((result.Value is null) != result.Errors.Any()) Fail(text, "a value came back with errors, or none without any");
    }

    /// <summary>Rules the parser accepts are within the bounds its messages promise (a NaN threshold once slipped through).</summary>
    private static void CheckAccepted(string text, BusinessRules rules)
    {
        if (!(rules.ConfidenceThreshold is >= 0 and <= 1)) Fail(text, $"accepted a confidence of {rules.ConfidenceThreshold}");
        if (rules.DefaultWait < TimeSpan.Zero || rules.DefaultWait > TimeSpan.FromDays(30)) Fail(text, $"accepted a wait of {rules.DefaultWait}");
        if (rules.WaitByVisitType.Values.Any(w => w < TimeSpan.Zero || w > TimeSpan.FromDays(30))) Fail(text, "accepted a visit wait over 30 days");
        if (rules.Stars.HappyFrom <= rules.Stars.UnhappyTo) Fail(text, "accepted overlapping stars");
    }

    /// <summary>Accepted wording renders in every medium without throwing, whatever the owner typed.</summary>
    private static void RenderEveryTemplate(VoiceDoc voice, string text)
    {
        var values = new Dictionary<string, string> { ["first_name"] = "Mia\ud800", ["business"] = "<b>Kim's</b>", ["review_link"] = "https://g.page/r/x" };
        foreach (var key in Enum.GetValues<VoiceKey>())
        {
            foreach (var medium in Enum.GetValues<Medium>())
            {
                if (voice.Render(key, values, medium) is null) Fail(text, $"{key} rendered as null for {medium}");
            }
        }
    }

    private static void Fail(string input, string what) => throw new FuzzFailureException($"{what}; input {FuzzRun.Describe(input)}");
}
