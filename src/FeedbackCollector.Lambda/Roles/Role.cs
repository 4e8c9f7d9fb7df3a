using FeedbackCollector.App.Settings;

namespace FeedbackCollector.Lambda.Roles;

/// <summary>The eight functions the one bootstrap serves, chosen by FC_ROLE.</summary>
internal enum Role { DriveSync, IntakeWebhook, CalendarSync, RequestBuilder, ReplyHandler, Router, Dispatch, SweepSummary }

internal static class Roles
{
    // The names are the registry's reader names, so docs/settings.md's "read by" column is FC_ROLE values.
    private static readonly (string Name, Role Role)[] All =
    [
        (SettingReaders.DriveSync, Role.DriveSync),
        (SettingReaders.IntakeWebhook, Role.IntakeWebhook),
        (SettingReaders.CalendarSync, Role.CalendarSync),
        (SettingReaders.RequestBuilder, Role.RequestBuilder),
        (SettingReaders.ReplyHandler, Role.ReplyHandler),
        (SettingReaders.Router, Role.Router),
        (SettingReaders.Dispatch, Role.Dispatch),
        (SettingReaders.SweepSummary, Role.SweepSummary),
    ];

    /// <summary>The FC_ROLE values, in the design's order.</summary>
    public static IReadOnlyList<string> Names { get; } = All.Select(r => r.Name).ToArray();

    public static string NameOf(Role role) => All.First(r => r.Role == role).Name;

    /// <summary>The role FC_ROLE names; an unknown or missing value throws, so init fails loudly.</summary>
    public static Role Parse(string? value)
    {
        foreach (var (name, role) in All)
        {
            if (string.Equals(name, value?.Trim(), StringComparison.Ordinal)) return role;
        }
        var shown = string.IsNullOrWhiteSpace(value) ? "FC_ROLE is not set" : $"FC_ROLE '{Cap(value)}' is not a role";
        throw new UnknownRoleException($"{shown}; valid roles: {string.Join(", ", Names)}");
    }

    private static string Cap(string value) => value.Length <= 40 ? value : value[..40] + "…";
}

/// <summary>FC_ROLE names no role: a deployment mistake, never retried.</summary>
internal sealed class UnknownRoleException(string message) : Exception(message);
