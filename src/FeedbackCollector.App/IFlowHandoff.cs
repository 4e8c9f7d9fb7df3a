using FeedbackCollector.Core.Model;
using FeedbackCollector.Core.Ports;

namespace FeedbackCollector.App;

/// <summary>A written reply whose reply-to token checked out, for the router step to classify and record.</summary>
/// <param name="Text">The customer's new words; null for a tap that is already recorded and only needs its dispatch.</param>
/// <param name="RawKey">Where the raw MIME is kept; for a text, the provider's message id (a redelivery is recognised by it).</param>
/// <param name="Channel">Email, or Sms for a text matched to the ask by the customer's number (stored on the answer).</param>
public sealed record ReplyToRoute(string CustomerId, string AskId, string? Text, string? RawKey, Channel Channel = Channel.Email);

/// <summary>
/// Where the flow goes on after a step: the one seam in which the two runtimes differ. Locally the next use
/// case runs in the same process (<see cref="InProcessHandoff"/>); on AWS the next function is invoked
/// asynchronously, so each function keeps its own IAM role.
/// </summary>
public interface IFlowHandoff
{
    /// <summary>New visits to plan asks for (request-builder).</summary>
    Task PlanAsync(IReadOnlyList<Visit> visits, CancellationToken ct);

    /// <summary>Refunded, voided or cancelled visits whose pending asks are to be withdrawn (request-builder, which owns asks and schedules).</summary>
    Task WithdrawAsync(IReadOnlyList<Withdrawal> withdrawals, CancellationToken ct);

    /// <summary>A verified reply to classify and record (router); returns what the router said, or "handed-off".</summary>
    Task<string> RouteAsync(ReplyToRoute reply, CancellationToken ct);

    /// <summary>A recorded answer whose move is to be made (dispatch).</summary>
    Task DispatchAsync(string customerId, string askId, CancellationToken ct);

    /// <summary>
    /// A note for the owner from a step with no owner channel of its own (calendar-sync about a calendar it cannot
    /// read): told in this process locally; on AWS by request-builder, whose role may reach the owner (Slack, else email).
    /// </summary>
    Task TellOwnerAsync(OwnerPing note, CancellationToken ct);
}
