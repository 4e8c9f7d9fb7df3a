namespace FeedbackCollector.Core.Flow;

/// <summary>
/// The one spelling of a suppression key (ISuppressionList): an email lower-cased and trimmed, a phone
/// as its digits only. Both the flow and every adapter key by it, so "Ann@Example.com" from a bounce
/// and "ann@example.com" from an unsubscribe are the same entry.
/// </summary>
public static class SuppressionKey
{
    public static string For(string address)
    {
        ArgumentNullException.ThrowIfNull(address);
        var trimmed = address.Trim();
        return trimmed.Contains('@', StringComparison.Ordinal)
            ? trimmed.ToLowerInvariant()
            : new string([.. trimmed.Where(char.IsAsciiDigit)]);
    }
}
