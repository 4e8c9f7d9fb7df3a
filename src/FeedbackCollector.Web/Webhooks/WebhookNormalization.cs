using FeedbackCollector.Core.Model;

namespace FeedbackCollector.Web.Webhooks;

public enum WebhookOutcome { Visits, Ignored, Ping, Malformed, Withdrawals }

/// <summary>
/// What a verified webhook body means: finished visits, something deliberately ignored (refund, test,
/// not-yet-paid, a topic we do not use; Reason says which), a provider's ping, a body we cannot read
/// (Reason names the field or the JSON position), or a sale taken back (refund, void, cancellation) whose
/// pending ask is to be withdrawn.
/// </summary>
public sealed record WebhookNormalization(WebhookOutcome Outcome, IReadOnlyList<Visit> Visits, string? Reason)
{
    public IReadOnlyList<Withdrawal> Withdrawals { get; init; } = [];

    public static WebhookNormalization Of(Visit visit) => new(WebhookOutcome.Visits, [visit], null);

    public static WebhookNormalization Withdraw(Withdrawal withdrawal) =>
        new(WebhookOutcome.Withdrawals, [], withdrawal.Reason) { Withdrawals = [withdrawal] };

    public static WebhookNormalization Ignore(string reason) => new(WebhookOutcome.Ignored, [], reason);

    public static WebhookNormalization Malformed(string problem) => new(WebhookOutcome.Malformed, [], problem);

    public static WebhookNormalization Ping { get; } = new(WebhookOutcome.Ping, [], "ping");
}
