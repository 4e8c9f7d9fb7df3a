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
    public static readonly string TwilioAccountSid = SecretOf(SettingNames.TwilioAccountSid);
    public static readonly string TwilioAuthToken = SecretOf(SettingNames.TwilioAuthToken);

    private static string SecretOf(string setting) => SettingsRegistry.Get(setting).AwsSecret!;

    public static IReadOnlyList<string> For(Role role) => role switch
    {
        Role.DriveSync or Role.CalendarSync => [DriveServiceAccount],
        // intake-webhook appends each sale to the owner's sheet with the service account.
        Role.IntakeWebhook => [WebhookSecret, DriveServiceAccount],
        // The SMS senders (ask, follow-up, nudge) may be Twilio; reply-handler checks Twilio's inbound signature.
        // request-builder also tells the owner of a calendar that cannot be read and of refused sheet rows (Slack, else email).
        Role.RequestBuilder => [SigningSecret, SlackBotToken, TwilioAccountSid, TwilioAuthToken],
        Role.ReplyHandler => [SigningSecret, OwnerKey, TwilioAuthToken],
        Role.Router => [],
        Role.Dispatch => [SigningSecret, SlackBotToken, TwilioAccountSid, TwilioAuthToken],
        Role.SweepSummary => [SigningSecret, SlackBotToken],
        _ => throw new UnknownRoleException($"role {role} has no secret list"),
    };
}
