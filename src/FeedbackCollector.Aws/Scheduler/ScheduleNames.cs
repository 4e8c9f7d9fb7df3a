using System.Security.Cryptography;
using System.Text;
using FeedbackCollector.Core.Model;

namespace FeedbackCollector.Aws.Scheduler;

/// <summary>
/// EventBridge Scheduler names allow [0-9A-Za-z-_.] and at most 64 characters. A job name that already
/// fits is used as is; any other is mapped deterministically (cleaned prefix + hash of the original), so
/// schedule and cancel of the same job always meet on the same schedule.
/// </summary>
public static class ScheduleNames
{
    public const int MaxLength = 64;
    private const int HashChars = 16;

    public static string ToValid(string jobName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(jobName);
        if (jobName.Length <= MaxLength && jobName.All(IsAllowed)) return jobName;
        var cleaned = new string(jobName.Select(c => IsAllowed(c) ? c : '-').ToArray());
        var hash = Base32.Encode(SHA256.HashData(Encoding.UTF8.GetBytes(jobName)))[..HashChars];
        var prefix = cleaned[..Math.Min(cleaned.Length, MaxLength - HashChars - 1)];
        return prefix + "-" + hash;
    }

    public static bool IsAllowed(char c) =>
        c is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or >= '0' and <= '9' or '-' or '_' or '.';
}
