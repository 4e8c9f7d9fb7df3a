using FeedbackCollector.Core.Rules;
using FeedbackCollector.Core.Voice;

namespace FeedbackCollector.Core.Flow;

/// <summary>The owner's docs in force: the last good rules and voice, and the .ics holiday files rules.txt names.</summary>
/// <param name="CalendarFiles">The text of each .ics file named by rules.txt that exists in the rules area, by name.</param>
public sealed record OwnerDocSet(BusinessRules Rules, VoiceDoc Voice, IReadOnlyDictionary<string, string> CalendarFiles)
{
    public static OwnerDocSet Defaults { get; } =
        new(new BusinessRules(), VoiceDefaults.Doc, new Dictionary<string, string>(StringComparer.Ordinal));
}

/// <summary>What happened to an edit of rules.txt or voice.txt.</summary>
/// <param name="Accepted">True when the edit parsed cleanly and is now in force; false when the last good version stays.</param>
public sealed record DocUpdate(string Doc, bool Accepted, IReadOnlyList<DocProblem> Problems);
