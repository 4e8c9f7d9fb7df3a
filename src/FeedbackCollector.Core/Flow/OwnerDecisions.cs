using FeedbackCollector.Core.Model;
using FeedbackCollector.Core.Ports;
using FeedbackCollector.Core.Sweeps;
using FeedbackCollector.Core.Tokens;

namespace FeedbackCollector.Core.Flow;

/// <summary>What an owner link is: ready to confirm, just decided, decided before, or unusable.</summary>
public enum OwnerLinkState { Ready, Decided, AlreadyDecided, Invalid, Expired }

/// <summary>An owner link looked at (GET) or used (POST). Customer fields are plain text, for the page to escape.</summary>
/// <param name="Dispatch">True when the decision has moves to make (Happy: the review nudge; Unhappy: the owner ping): hand the ask to dispatch.</param>
public sealed record OwnerDecisionView(
    OwnerLinkState State, string BusinessName, OwnerTokenAction? Action = null, string? CustomerId = null, string? AskId = null,
    string? FirstName = null, string? VisitType = null, string? Said = null, bool Dispatch = false, string? Detail = null);

/// <summary>
/// The owner's one-tap decisions from the digest and the ping: the token names one answer and one action. Looking
/// records nothing (scanners and Slack's unfurler open links); deciding records the mark or the Resolved move once.
/// </summary>
public sealed class OwnerDecisions(OwnerTokens tokens, IAskStore asks, IFeedbackStore feedback, IAuditLog audit,
    OwnerActions actions, OwnerDocs docs, TimeProvider time)
{
    public async Task<OwnerDecisionView> CheckAsync(string token, CancellationToken ct = default)
    {
        var business = (await docs.LoadAsync(ct)).Rules.BusinessName;
        var check = tokens.Verify(token ?? "", time.GetUtcNow());
        if (check.Status == TokenStatus.Expired) return new OwnerDecisionView(OwnerLinkState.Expired, business, check.Action);
        if (!check.IsValid) return new OwnerDecisionView(OwnerLinkState.Invalid, business, Detail: check.Status.ToString().ToLowerInvariant());
        var (customerId, askId, action) = (check.CustomerId!, check.AskId!, check.Action!.Value);
        var answer = await feedback.GetAsync(customerId, askId, ct);
        if (answer is null) return new OwnerDecisionView(OwnerLinkState.Invalid, business, action, Detail: "no answer for this ask");
        var ask = await asks.GetAsync(customerId, askId, ct);
        var (stars, words) = AnswerText.Split(answer);
        var said = stars is { } n ? $"{n} of 5 stars" + (words is null ? "" : ": " + words) : words;
        var view = new OwnerDecisionView(OwnerLinkState.Ready, business, action, customerId, askId, ask?.Customer.FirstName, ask?.VisitType, said);
        var moves = await audit.ListForAskAsync(customerId, askId, ct);
        if (action == OwnerTokenAction.Resolve)
        {
            if (moves.FirstOrDefault(e => e.Move == Move.Resolved) is { } done) return view with { State = OwnerLinkState.AlreadyDecided, Detail = Said(done) };
            return OpenComplaints.IsComplaint(answer, moves) ? view : view with { State = OwnerLinkState.Invalid, Detail = "not a complaint" };
        }
        return moves.FirstOrDefault(e => Sweep.HandledMoves.Contains(e.Move)) is { } mark
            ? view with { State = OwnerLinkState.AlreadyDecided, Detail = Said(mark) }
            : view;
    }

    /// <summary>Records the decision once; a second use of any link for the same answer changes nothing.</summary>
    public async Task<OwnerDecisionView> DecideAsync(string token, string byUser, CancellationToken ct = default)
    {
        var view = await CheckAsync(token, ct);
        if (view.State != OwnerLinkState.Ready) return view;
        var (customerId, askId) = (view.CustomerId!, view.AskId!);
        var result = view.Action switch
        {
            OwnerTokenAction.Resolve => await actions.ResolveAsync(customerId, askId, byUser, "from an owner link", ct),
            OwnerTokenAction.Happy => await actions.RecordMarkAsync(customerId, askId, byUser, Move.MarkedHappy, ct),
            OwnerTokenAction.Unhappy => await actions.RecordMarkAsync(customerId, askId, byUser, Move.MarkedUnhappy, ct),
            _ => await actions.RecordMarkAsync(customerId, askId, byUser, Move.Dismissed, ct),
        };
        return result.Status switch
        {
            OwnerActionStatus.Done => view with
            {
                State = OwnerLinkState.Decided,
                Dispatch = view.Action is OwnerTokenAction.Happy or OwnerTokenAction.Unhappy,
            },
            OwnerActionStatus.AlreadyHandled => view with { State = OwnerLinkState.AlreadyDecided, Detail = result.Detail },
            _ => view with { State = OwnerLinkState.Invalid, Detail = result.Detail },
        };
    }

    private static string Said(AuditEntry e) => e.Move switch
    {
        Move.MarkedHappy => "marked happy",
        Move.MarkedUnhappy => "marked unhappy",
        Move.Dismissed => "dismissed",
        _ => "marked resolved",
    };
}
