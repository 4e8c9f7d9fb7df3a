using System.Text.Json;
using FeedbackCollector.App;
using FeedbackCollector.Core.Model;
using FeedbackCollector.Core.Ports;
using FeedbackCollector.Lambda.Events;
using FeedbackCollector.Lambda.Roles;
using FeedbackCollector.Lambda.UseCases;

namespace FeedbackCollector.Lambda.Composition;

/// <summary>
/// The flow's hand-offs on AWS: each is an asynchronous invoke of the function that owns the next step
/// (its IAM role allows exactly that). reply-handler may invoke only the router, so a tap it recorded goes
/// to the router, which passes it to dispatch; the router invokes dispatch itself.
/// </summary>
internal sealed class LambdaHandoff(IRoleInvoker invoker, Role self) : IFlowHandoff
{
    /// <summary>Visits per plan-visits invoke: well under Lambda's 256 KB async payload.</summary>
    public const int VisitsPerInvoke = 200;

    public async Task PlanAsync(IReadOnlyList<Visit> visits, CancellationToken ct)
    {
        foreach (var chunk in visits.Chunk(VisitsPerInvoke))
        {
            await InvokeAsync(Role.RequestBuilder, new DirectInvoke(DirectInvokeKinds.PlanVisits, Visits: [.. chunk.Select(VisitPayload.Of)]), ct);
        }
    }

    public async Task WithdrawAsync(IReadOnlyList<Withdrawal> withdrawals, CancellationToken ct)
    {
        foreach (var chunk in withdrawals.Chunk(VisitsPerInvoke))
        {
            await InvokeAsync(Role.RequestBuilder, new DirectInvoke(DirectInvokeKinds.Withdraw, Withdrawals: [.. chunk.Select(WithdrawalPayload.Of)]), ct);
        }
    }

    public async Task<string> RouteAsync(ReplyToRoute reply, CancellationToken ct)
    {
        await InvokeAsync(Role.Router, new DirectInvoke(DirectInvokeKinds.Route, reply.CustomerId, reply.AskId, Text: reply.Text, RawKey: reply.RawKey,
            Channel: reply.Channel == Channel.Sms ? "sms" : null), ct);
        return "handed-off";
    }

    public Task DispatchAsync(string customerId, string askId, CancellationToken ct) => self == Role.ReplyHandler
        ? InvokeAsync(Role.Router, new DirectInvoke(DirectInvokeKinds.Route, customerId, askId), ct)
        : InvokeAsync(Role.Dispatch, new DirectInvoke(DirectInvokeKinds.Dispatch, customerId, askId), ct);

    /// <summary>request-builder tells the owner for the roles without an owner channel (calendar-sync).</summary>
    public Task TellOwnerAsync(OwnerPing note, CancellationToken ct) => InvokeAsync(Role.RequestBuilder,
        new DirectInvoke(DirectInvokeKinds.TellOwner, note.CustomerId, note.AskId, Text: note.Text, Subject: note.Subject), ct);

    /// <summary>
    /// request-builder hands the rest of a long customer list to itself (its role may invoke only itself besides the
    /// schedules' target, which is itself too). Not an <see cref="IFlowHandoff"/> step: serve plans a list in one run.
    /// </summary>
    public Task ContinueCustomerListAsync(CustomerListStep next, CancellationToken ct) => self == Role.RequestBuilder
        ? InvokeAsync(Role.RequestBuilder, new DirectInvoke(DirectInvokeKinds.PlanCustomerList, Bucket: next.Bucket, Key: next.Key,
            Version: next.Version, Start: next.Start), ct)
        : throw new InvalidOperationException("only request-builder continues the customer list");

    private Task InvokeAsync(Role target, DirectInvoke invoke, CancellationToken ct) =>
        invoker.InvokeAsync(target, JsonSerializer.SerializeToUtf8Bytes(invoke, LambdaEventsJsonContext.Default.DirectInvoke), ct);
}
