namespace FeedbackCollector.Aws.Scheduler;

/// <summary>
/// Where schedules go and what they invoke. <paramref name="Timezone"/> is the business's IANA zone: the
/// at(...) time is written in it, so the console shows the owner's local time.
/// </summary>
public sealed record EventBridgeSchedulerOptions(string TargetFunctionArn, string RoleArn, string GroupName, string Timezone);
