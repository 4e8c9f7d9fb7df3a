namespace FeedbackCollector.Core.Flow;

/// <summary>
/// Deterministic schedule names (EventBridge Scheduler allows 64 characters of [0-9A-Za-z-_.]): the same
/// ask always gives the same name, so scheduling twice is a no-op on every scheduler.
/// </summary>
public static class JobNames
{
    public static string SendAsk(string askId) => "fc-ask-" + askId;

    public static string FollowUp(string askId) => "fc-followup-" + askId;
}
