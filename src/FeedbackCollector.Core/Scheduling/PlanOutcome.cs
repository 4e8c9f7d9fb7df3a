namespace FeedbackCollector.Core.Scheduling;

/// <summary>The planner's decision: a send time, or the plain-English reason there is none.</summary>
#pragma warning disable CA1034 // Nested outcomes read as PlanOutcome.Planned / PlanOutcome.NotPlanned; the shape is the agreed API.
public abstract record PlanOutcome
{
    private PlanOutcome()
    {
    }

    public sealed record Planned(DateTimeOffset SendAt) : PlanOutcome;

    /// <param name="Reason">E.g. "ask cap: already asked on 2026-10-02 (at most 1 per 90 days)".</param>
    public sealed record NotPlanned(string Reason) : PlanOutcome;
}
#pragma warning restore CA1034
