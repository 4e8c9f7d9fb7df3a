namespace FeedbackCollector.Google.Calendar;

/// <summary>How bookings in the calendar are read as visits.</summary>
public sealed record CalendarSourceOptions
{
    /// <summary>How far back the first read (no cursor yet) looks.</summary>
    public TimeSpan InitialLookback { get; init; } = TimeSpan.FromDays(1);

    /// <summary>
    /// The summary's visit type is the text before the first of these ("Haircut – Ann" → "Haircut");
    /// the text after it is the customer's name when the attendee has no display name.
    /// </summary>
    public IReadOnlyList<string> SummarySeparators { get; init; } = [" – ", " — ", " - ", ":"];

    /// <summary>A private extended property that, when set, wins over the summary (booking tools can write it).</summary>
    public string VisitTypeProperty { get; init; } = "visit_type";

    /// <summary>Used when the summary is empty.</summary>
    public string DefaultVisitType { get; init; } = "visit";

    /// <summary>
    /// Re-read this far before the cursor, to catch bookings entered after they happened (a walk-in
    /// typed in later). Re-read visits keep their ask ids, so downstream writes collapse them.
    /// </summary>
    public TimeSpan RescanWindow { get; init; } = TimeSpan.Zero;

    /// <summary>Events read per call at most; the cursor makes the next call continue.</summary>
    public int MaxEventsPerBatch { get; init; } = 2500;
}
