using FeedbackCollector.Core.Model;
using FeedbackCollector.Core.Rules;

namespace FeedbackCollector.Core.Sweeps;

/// <summary>
/// When an ask's links stop working. Derived from the planned send time, not the clock, so every
/// mail for one ask (first send, retry, follow-up) carries the same expiry and the same token.
/// </summary>
public static class AskLifetime
{
    public static DateTimeOffset ExpiresAt(Ask ask, BusinessRules rules)
    {
        ArgumentNullException.ThrowIfNull(ask);
        ArgumentNullException.ThrowIfNull(rules);
        return ask.SendAt + rules.TokenLifetime;
    }
}
