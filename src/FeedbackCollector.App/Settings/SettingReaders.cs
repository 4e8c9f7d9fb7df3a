namespace FeedbackCollector.App.Settings;

/// <summary>The readers a <see cref="Setting"/> names: the local host and the Lambda roles (their FC_ROLE words).</summary>
public static class SettingReaders
{
    public const string Serve = "serve";
    public const string DriveSync = "drive-sync";
    public const string CalendarSync = "calendar-sync";
    public const string IntakeWebhook = "intake-webhook";
    public const string RequestBuilder = "request-builder";
    public const string ReplyHandler = "reply-handler";
    public const string Router = "router";
    public const string Dispatch = "dispatch";
    public const string SweepSummary = "sweep-summary";

    /// <summary>The roles that compose <c>CollectorSettings</c> (links, reply-to, sender) to send or read mail.</summary>
    internal static readonly string[] MailRoles = [Serve, RequestBuilder, ReplyHandler, Dispatch, SweepSummary];

    /// <summary>Who sends customer SMS: the ask and follow-up (request-builder) and the review nudge (dispatch).</summary>
    internal static readonly string[] SmsRoles = [Serve, RequestBuilder, Dispatch];

    /// <summary>The roles that reach the owner (pings, the monthly summary).</summary>
    internal static readonly string[] OwnerRoles = [Serve, Dispatch, SweepSummary];
}
