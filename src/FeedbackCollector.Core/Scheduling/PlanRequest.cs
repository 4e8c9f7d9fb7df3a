using FeedbackCollector.Core.Model;
using FeedbackCollector.Core.Rules;

namespace FeedbackCollector.Core.Scheduling;

/// <summary>Everything the planner needs to decide when (and whether) to ask about one visit.</summary>
/// <param name="PriorAsks">The customer's earlier asks (others' are ignored), for the ask cap.</param>
/// <param name="Suppressed">The customer unsubscribed, bounced or complained.</param>
public sealed record PlanRequest(Visit Visit, BusinessRules Rules, HolidayCalendar Holidays, IReadOnlyList<Ask> PriorAsks, bool Suppressed);
