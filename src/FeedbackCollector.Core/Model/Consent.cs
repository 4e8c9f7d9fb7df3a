namespace FeedbackCollector.Core.Model;

/// <summary>
/// The one reading of a consent value, whatever source it came from (a customers.csv or sheet column, a webhook
/// field). Only an explicit refusal counts: "no", "false", "0" or "n" in any case. Anything else, and a missing
/// value, means ask, which keeps sources that have no consent field working as before.
/// </summary>
public static class Consent
{
    public const string RefusedReason = "no consent";

    /// <summary>True when the value refuses being asked.</summary>
    public static bool Refuses(string? value) =>
        value?.Trim().ToLowerInvariant() is "no" or "false" or "0" or "n";
}
