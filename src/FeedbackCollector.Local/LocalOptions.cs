using FeedbackCollector.Local.Listener;
using FeedbackCollector.Local.Mail;
using FeedbackCollector.Mail.Owner;
using FeedbackCollector.Local.Scheduling;

namespace FeedbackCollector.Local;

/// <summary>
/// Everything the local adapters need, typed, with working defaults: the CLI reads the config file
/// and environment once and builds this. A null relay means "write to the outbox"; a null Slack
/// means "ping the owner by email".
/// </summary>
public sealed record LocalOptions
{
    public LocalPaths Paths { get; init; } = new("data");

    /// <summary>The business's IANA zone (recurring jobs, CSV times without an offset).</summary>
    public string TimeZone { get; init; } = "Asia/Singapore";

    public ReplyListenerOptions Listener { get; init; } = new("reply.localhost");

    public SmtpRelayOptions? Relay { get; init; }

    public SlackOptions? Slack { get; init; }

    public SchedulerLoopOptions Scheduler { get; init; } = new();

    public TimeSpan CsvPollInterval { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>The daily sweep's local time.</summary>
    public TimeOnly SweepAt { get; init; } = new(8, 0);

    /// <summary>The monthly summary: first <see cref="SummaryWeekday"/> of the month at this local time.</summary>
    public TimeOnly SummaryAt { get; init; } = new(9, 0);

    public DayOfWeek SummaryWeekday { get; init; } = DayOfWeek.Monday;

    public RecurringSchedule SweepSchedule() => RecurringSchedule.Daily(TimeZone, SweepAt);

    public RecurringSchedule SummarySchedule() => RecurringSchedule.MonthlyOnFirst(TimeZone, SummaryWeekday, SummaryAt);
}
