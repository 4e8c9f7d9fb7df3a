namespace FeedbackCollector.Core.Rules;

/// <summary>Checks across lines, made once the whole doc is read (stars that overlap, a policy with no link).</summary>
internal static class RulesChecks
{
    public static void Finish(RulesDraft draft, ProblemList problems)
    {
        CheckStars(draft, problems);
        if (draft.ReviewLinks.Count == 0 && draft.Happy is { } h)
        {
            problems.Warn(h.Line, "there is no \"Review link:\" line, so happy customers won't be invited to leave a public review.");
        }
    }

    private static void CheckStars(RulesDraft draft, ProblemList problems)
    {
        if (draft.Happy is { } happy && happy.To != 5)
        {
            problems.Error(happy.Line, $"happy stars must go up to 5 (5 stars is the happiest); write \"{happy.From} to 5\".");
        }
        if (draft.Unhappy is { } unhappy && unhappy.From != 1)
        {
            problems.Error(unhappy.Line, $"unhappy stars must start at 1 (1 star is the unhappiest); write \"1 to {unhappy.To}\".");
        }
        var happyFrom = draft.Happy?.From ?? new BusinessRules().Stars.HappyFrom;
        var unhappyTo = draft.Unhappy?.To ?? new BusinessRules().Stars.UnhappyTo;
        if (happyFrom <= unhappyTo)
        {
            var line = Math.Max(draft.Happy?.Line ?? 0, draft.Unhappy?.Line ?? 0);
            problems.Error(Math.Max(line, 1), $"happy stars start at {happyFrom} but unhappy stars go up to {unhappyTo}, so they overlap; happy must start above unhappy, like \"Happy stars: 4 to 5\" and \"Unhappy stars: 1 to 2\".");
        }
    }
}
