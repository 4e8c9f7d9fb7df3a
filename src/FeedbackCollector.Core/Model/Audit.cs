namespace FeedbackCollector.Core.Model;

/// <summary>What happened to an ask. AskSent is written after the mailer confirmed the ask left, so a
/// claimed ask without it is one whose send may not have happened (a crash between claim and send).
/// Withdrawn closes a pending ask because its sale was refunded, voided or cancelled (its own move, not
/// Closed, so it can be counted apart from asks that expired or could not be sent); WithdrawalTooLate
/// records a withdrawal that arrived after the ask had already gone. SessionsEnded is the owner ending every owner-page
/// session (kept under <see cref="OwnerSessionsEnded"/>'s key). Erased is the stub an erasure on request leaves
/// (no personal data) so the month's figures still add up. New moves go last: rows store the name.</summary>
public enum Move { ReviewNudge, OwnerPing, Held, FollowUp, Closed, MarkedHappy, MarkedUnhappy, Dismissed, ReviewClick, Resolved, AskSent, Withdrawn, WithdrawalTooLate, SessionsEnded, Erased }

/// <summary>One row per move (fc-audit). Key: (CustomerId, Ts). Never expires.</summary>
/// <param name="SentVia">"email", "sms", "slack", "page" or null when nothing was sent.</param>
/// <param name="ByUser">"system" for automatic moves, otherwise who clicked.</param>
public sealed record AuditEntry(
    string CustomerId,
    DateTimeOffset Ts,
    string AskId,
    Bucket? Bucket,
    Move Move,
    string? SentVia,
    string ByUser,
    string? Detail = null);
