using System.Globalization;
using System.Text.RegularExpressions;
using FeedbackCollector.Core.Model;
using NodaTime;

namespace FeedbackCollector.Google;

/// <summary>Checks shared by the sheet and calendar sources, so both accept the same contacts and times.</summary>
internal static partial class VisitFields
{
    public const int MaxFieldChars = 200;

    public static bool LooksLikeEmail(string email)
    {
        var at = email.IndexOf('@', StringComparison.Ordinal);
        return at > 0 && at == email.LastIndexOf('@') && at < email.Length - 3 && email.Length <= 254
            && !email.Any(char.IsWhiteSpace) && email[(at + 1)..].Contains('.', StringComparison.Ordinal);
    }

    public static bool LooksLikePhone(string phone) => phone.Count(char.IsAsciiDigit) >= 6 && phone.Length <= 40;

    /// <summary>ISO-8601 with an offset as written; without one, in the business's zone (a gap moves forward).</summary>
    /// <remarks>A date outside <see cref="VisitTime"/>'s range is false with <paramref name="rangeProblem"/> saying so.</remarks>
    public static bool TryParseTime(string text, DateTimeZone zone, out DateTimeOffset value, out string? rangeProblem)
    {
        value = default;
        rangeProblem = null;
        if (text.Length is 0 or > 40) return false;
        if (HasOffset().IsMatch(text))
        {
            if (!DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out value)) return false;
            rangeProblem = VisitTime.RangeProblem(value);
            return rangeProblem is null;
        }
        if (!DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local)) return false;
        var inZone = VisitTime.InZone(local, zone, out rangeProblem);
        value = inZone ?? default;
        return inZone is not null;
    }

    public static DateTimeZone Zone(string timeZoneId, string paramName) =>
        DateTimeZoneProviders.Tzdb.GetZoneOrNull(timeZoneId)
            ?? throw new ArgumentException($"Unknown IANA timezone '{timeZoneId}'.", paramName);

    public static string Clip(string s) => s.Length > 40 ? s[..40] + "…" : s;

    [GeneratedRegex(@"(Z|[+-]\d{2}:?\d{2})$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HasOffset();
}
