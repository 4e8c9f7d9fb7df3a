using FeedbackCollector.App.Settings;
using FeedbackCollector.Lambda.Roles;

namespace FeedbackCollector.Lambda.Composition;

/// <summary>
/// Which Secrets Manager secrets each role reads at init. Least privilege: a role's IAM policy allows
/// exactly these, so a role must not ask for more (the template's test holds the same table).
/// </summary>
internal static class RoleSecrets
{
    public static readonly string SigningSecret = SecretOf(SettingNames.SigningSecret);
    public static readonly string WebhookSecret = SecretOf(SettingNames.WebhookSecret);
    public static readonly string SlackBotToken = SecretOf(SettingNames.SlackBotToken);
    public static readonly string DriveServiceAccount = SecretOf(SettingNames.GoogleServiceAccount);
    public static readonly string OwnerKey = SecretOf(SettingNames.OwnerKey);

    private static string SecretOf(string setting) => SettingsRegistry.Get(setting).AwsSecret!;

    public static IReadOnlyList<string> For(Role role) => role switch
    {
        Role.DriveSync or Role.CalendarSync => [DriveServiceAccount],
        Role.IntakeWebhook => [WebhookSecret, DriveServiceAccount],
        Role.RequestBuilder => [SigningSecret],
        Role.ReplyHandler => [SigningSecret, OwnerKey],
        Role.Router => [],
        Role.Dispatch or Role.SweepSummary => [SigningSecret, SlackBotToken],
        _ => throw new UnknownRoleException($"role {role} has no secret list"),
    };
}
