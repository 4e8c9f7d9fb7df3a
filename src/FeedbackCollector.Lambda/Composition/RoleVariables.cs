using FeedbackCollector.Lambda.Roles;

namespace FeedbackCollector.Lambda.Composition;

/// <summary>
/// The environment variables each role's use cases read, beyond FC_ROLE: what sam/template.yaml must set
/// for that function (Globals or its own Variables). Variables with a design default (LambdaSettings) are
/// listed too, because a deployment's generated names differ from the defaults. A test holds the template to this.
/// </summary>
internal static class RoleVariables
{
    private static readonly string[] Tables = ["FC_STATE_TABLE", "FC_FEEDBACK_TABLE", "FC_AUDIT_TABLE"];
    private static readonly string[] Config = ["FC_CONFIG_PATH"];
    private static readonly string[] Scheduling = ["FC_SCHEDULE_GROUP", "FC_SCHEDULER_ROLE_ARN", "FC_SEND_TARGET_ARN"];

    public static IReadOnlyList<string> For(Role role) => role switch
    {
        Role.DriveSync => [.. Config, "FC_CUSTOMERS_BUCKET", "FC_RULES_BUCKET", "FC_REQUEST_BUILDER_FUNCTION"],
        Role.CalendarSync => [.. Config, "FC_CUSTOMERS_BUCKET", "FC_REQUEST_BUILDER_FUNCTION"],
        Role.IntakeWebhook => [.. Config, "FC_RAW_MIME_BUCKET", "FC_REQUEST_BUILDER_FUNCTION"],
        Role.RequestBuilder => [.. Config, .. Tables, "FC_RULES_BUCKET", "FC_CUSTOMERS_BUCKET", .. Scheduling, "FC_PUBLIC_BASE_URL", "FC_REQUEST_BUILDER_FUNCTION"],
        Role.ReplyHandler => [.. Config, .. Tables, "FC_RULES_BUCKET", "FC_RAW_MIME_BUCKET", "FC_ROUTER_FUNCTION"],
        Role.Router => [.. Config, "FC_STATE_TABLE", "FC_FEEDBACK_TABLE", "FC_RULES_BUCKET", "FC_DISPATCH_FUNCTION", "FC_CLASSIFIER_MODEL", "FC_FALLBACK_MODEL"],
        Role.Dispatch => [.. Config, .. Tables, "FC_RULES_BUCKET", "FC_PUBLIC_BASE_URL"],
        Role.SweepSummary => [.. Config, .. Tables, "FC_RULES_BUCKET", .. Scheduling, "FC_PUBLIC_BASE_URL"],
        _ => throw new UnknownRoleException($"role {role} has no variable list"),
    };
}
