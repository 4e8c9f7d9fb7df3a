using FeedbackCollector.Core.Rules;
using FeedbackCollector.Core.Scheduling;
using FeedbackCollector.Core.Voice;

namespace FeedbackCollector.Core.Flow;

/// <summary>The owner's docs in force: the last good rules and voice, and the holidays they name.</summary>
/// <param name="Holidays">Country, .ics and listed holidays; when a source has an error, the dates the doc lists itself (see HolidayProblems).</param>
/// <param name="HolidayProblems">Problems building the calendar (a missing or broken .ics file), for `doctor` and the owner page.</param>
public sealed record OwnerDocSet(BusinessRules Rules, VoiceDoc Voice, HolidayCalendar Holidays, IReadOnlyList<DocProblem> HolidayProblems)
{
    public static OwnerDocSet Defaults { get; } = new(new BusinessRules(), VoiceDefaults.Doc, HolidayCalendar.Empty, []);
}

/// <summary>What happened to an edit of rules.txt or voice.txt.</summary>
/// <param name="Accepted">True when the edit parsed cleanly and is now in force; false when the last good version stays.</param>
public sealed record DocUpdate(string Doc, bool Accepted, IReadOnlyList<DocProblem> Problems)
{
    /// <summary>For a refused edit: how the owner was told (null when nobody was asked to tell them).</summary>
    public Ports.SendResult? OwnerTold { get; init; }
}
