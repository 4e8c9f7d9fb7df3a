using FeedbackCollector.Lambda.Roles;
using FeedbackCollector.Lambda.Runtime;

namespace FeedbackCollector.Lambda.Composition;

/// <summary>
/// Resource names and endpoints, read from the environment once at init. Every default is the
/// design's name, so a bare deployment works; SAM overrides the ones it generates (docs/aws.md).
/// </summary>
internal sealed record LambdaSettings(
    string Region,
    string? EndpointUrl,
    string StateTable,
    string FeedbackTable,
    string AuditTable,
    string CustomersBucket,
    string RulesBucket,
    string RawMimeBucket,
    string ConfigPath,
    string ScheduleGroup,
    string? SchedulerRoleArn,
    IReadOnlyDictionary<Role, string> FunctionNames,
    string? GoogleEndpointUrl = null,
    string? TwilioEndpointUrl = null)
{
    /// <summary>Every variable this record reads, with its default (null: no default), for docs/aws.md and its test.</summary>
    public static IReadOnlyList<(string Name, string? Default)> Variables { get; } =
    [
        ("AWS_REGION", "ap-southeast-1"),
        ("AWS_ENDPOINT_URL", null),
        ("FC_STATE_TABLE", "fc-state"),
        ("FC_FEEDBACK_TABLE", "fc-feedback"),
        ("FC_AUDIT_TABLE", "fc-audit"),
        ("FC_CUSTOMERS_BUCKET", "fc-customers"),
        ("FC_RULES_BUCKET", "fc-rules"),
        ("FC_RAW_MIME_BUCKET", "fc-raw-mime"),
        ("FC_CONFIG_PATH", "/fc/config/"),
        ("FC_SCHEDULE_GROUP", "fc-asks"),
        ("FC_SCHEDULER_ROLE_ARN", null),
        ("FC_REQUEST_BUILDER_FUNCTION", "fc-request-builder"),
        ("FC_ROUTER_FUNCTION", "fc-router"),
        ("FC_DISPATCH_FUNCTION", "fc-dispatch"),
        ("FC_GOOGLE_ENDPOINT_URL", null),
        ("FC_TWILIO_ENDPOINT_URL", null),
    ];

    public static LambdaSettings From(IEnvironment env)
    {
        string Read(string name) => Value(env, name) ?? Variables.First(v => v.Name == name).Default!;
        return new LambdaSettings(
            Read("AWS_REGION"),
            Value(env, "AWS_ENDPOINT_URL"),
            Read("FC_STATE_TABLE"),
            Read("FC_FEEDBACK_TABLE"),
            Read("FC_AUDIT_TABLE"),
            Read("FC_CUSTOMERS_BUCKET"),
            Read("FC_RULES_BUCKET"),
            Read("FC_RAW_MIME_BUCKET"),
            Read("FC_CONFIG_PATH"),
            Read("FC_SCHEDULE_GROUP"),
            Value(env, "FC_SCHEDULER_ROLE_ARN"),
            new Dictionary<Role, string>
            {
                [Role.RequestBuilder] = Read("FC_REQUEST_BUILDER_FUNCTION"),
                [Role.Router] = Read("FC_ROUTER_FUNCTION"),
                [Role.Dispatch] = Read("FC_DISPATCH_FUNCTION"),
            },
            Value(env, "FC_GOOGLE_ENDPOINT_URL"),
            Value(env, "FC_TWILIO_ENDPOINT_URL"));
    }

    private static string? Value(IEnvironment env, string name) =>
        env.Get(name)?.Trim() is { Length: > 0 } value ? value : null;
}
