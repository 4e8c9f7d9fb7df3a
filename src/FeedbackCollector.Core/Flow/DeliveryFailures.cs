using FeedbackCollector.Core.Model;
using FeedbackCollector.Core.Ports;
using FeedbackCollector.Core.Tokens;

namespace FeedbackCollector.Core.Flow;

/// <summary>A hard bounce is permanent (5.x.x, "failed"); a soft one (4.x.x, "delayed") may still deliver.</summary>
public enum DeliveryFailureKind { HardBounce, SoftBounce, Complaint }

/// <summary>What a delivery report or complaint said, e.g. (HardBounce, "5.1.1 failed").</summary>
public sealed record DeliveryFailure(DeliveryFailureKind Kind, string Detail)
{
    /// <summary>Whether the address must never be mailed again.</summary>
    public bool Suppresses => Kind is DeliveryFailureKind.HardBounce or DeliveryFailureKind.Complaint;

    public string Reason => Kind == DeliveryFailureKind.Complaint ? "complaint" : "bounce";
}

public enum DeliveryFailureStatus { Suppressed, AlreadySuppressed, NotPermanent, InvalidToken }

public sealed record DeliveryFailureOutcome(DeliveryFailureStatus Status, string? CustomerId = null, string? AskId = null);

/// <summary>
/// A bounce or complaint that came back to an ask's reply address (SES forwards feedback to the
/// Return-Path we set to it; relays bounce to it): a hard bounce or a complaint puts the customer's email
/// on the suppression list, so no follow-up, nudge or later ask is sent there. A soft bounce changes
/// nothing. The token proves which ask it was; an expired but genuine one still counts, because a
/// complaint can come long after the star links lapse. The move is audited as Closed with the reason.
/// </summary>
public sealed class DeliveryFailures(IAskStore asks, ISuppressionList suppression, IAuditLog audit, AskTokens tokens, TimeProvider time)
{
    public async Task<DeliveryFailureOutcome> HandleAsync(string token, DeliveryFailure failure, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(failure);
        var now = time.GetUtcNow();
        var check = tokens.Verify(token ?? "", now, TokenPurpose.Reply);
        if (check.Status is not (TokenStatus.Valid or TokenStatus.Expired)) return new(DeliveryFailureStatus.InvalidToken);
        var ask = await asks.GetAsync(check.CustomerId!, check.AskId!, ct);
        if (ask is null) return new(DeliveryFailureStatus.InvalidToken);
        if (!failure.Suppresses || string.IsNullOrWhiteSpace(ask.Customer.Email))
            return new(DeliveryFailureStatus.NotPermanent, ask.CustomerId, ask.AskId);
        if (await suppression.IsSuppressedAsync(ask.Customer.Email, ct))
            return new(DeliveryFailureStatus.AlreadySuppressed, ask.CustomerId, ask.AskId);
        await suppression.AddAsync(ask.Customer.Email, failure.Reason, now, ct);
        await audit.AppendAsync(new AuditEntry(ask.CustomerId, now, ask.AskId, null, Move.Closed, null, "system",
            $"email suppressed: {failure.Reason} ({failure.Detail})"), ct);
        return new(DeliveryFailureStatus.Suppressed, ask.CustomerId, ask.AskId);
    }
}
