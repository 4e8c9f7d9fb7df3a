using System.Text.RegularExpressions;

namespace FeedbackCollector.Core.Sms;

/// <summary>The one form every SMS sender accepts: "+", a country code that does not start with 0, at most 15 digits.</summary>
public static partial class E164
{
    public static bool IsValid(string? phone) => phone is not null && Pattern().IsMatch(phone);

    [GeneratedRegex(@"^\+[1-9][0-9]{6,14}\z", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
