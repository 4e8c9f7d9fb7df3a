using System.Text.Json.Serialization;

namespace FeedbackCollector.Lambda.Events;

/// <summary>
/// A payload one of our roles sends another with Lambda Invoke (InvocationType Event):
/// reply-handler → router ("route"), router → dispatch ("dispatch"), the sync roles → request-builder
/// ("plan-visits"), intake-webhook → request-builder for refunds and cancellations ("withdraw"), calendar-sync → request-builder
/// for a note to the owner ("tell-owner", subject and text), the one-off ask schedules → request-builder ("send-ask", "follow-up", with the
/// schedule's name and due time), an operator's privacy requests to request-builder ("erase", "export", with the
/// customer's email or phone as "contact"; docs/aws.md), request-builder → itself for the rest of a long customer list
/// ("plan-customer-list", with the bucket, key and S3 version it is planning and the row index to start at), and "warmup" which every role answers without touching a use case.
/// </summary>
internal sealed record DirectInvoke(
    [property: JsonPropertyName("kind")] string Kind,
    [property: JsonPropertyName("customerId")] string? CustomerId = null,
    [property: JsonPropertyName("askId")] string? AskId = null,
    [property: JsonPropertyName("visits")] IReadOnlyList<VisitPayload>? Visits = null,
    [property: JsonPropertyName("name")] string? Name = null,
    [property: JsonPropertyName("dueAt")] DateTimeOffset? DueAt = null,
    [property: JsonPropertyName("text")] string? Text = null,
    [property: JsonPropertyName("rawKey")] string? RawKey = null,
    [property: JsonPropertyName("withdrawals")] IReadOnlyList<WithdrawalPayload>? Withdrawals = null,
    [property: JsonPropertyName("subject")] string? Subject = null,
    [property: JsonPropertyName("channel")] string? Channel = null,
    [property: JsonPropertyName("contact")] string? Contact = null,
    [property: JsonPropertyName("bucket")] string? Bucket = null,
    [property: JsonPropertyName("key")] string? Key = null,
    [property: JsonPropertyName("version")] string? Version = null,
    [property: JsonPropertyName("start")] int? Start = null);

/// <summary>A refunded, voided or cancelled visit as intake-webhook hands it to request-builder ("withdraw").</summary>
internal sealed record WithdrawalPayload(
    [property: JsonPropertyName("source")] string Source,
    [property: JsonPropertyName("sourceId")] string SourceId,
    [property: JsonPropertyName("customerId")] string? CustomerId,
    [property: JsonPropertyName("reason")] string Reason)
{
    public static WithdrawalPayload Of(Core.Model.Withdrawal w) => new(w.Source, w.SourceId, w.CustomerId, w.Reason);
}

/// <summary>A finished visit as the sync roles hand it to request-builder.</summary>
internal sealed record VisitPayload(
    [property: JsonPropertyName("source")] string Source,
    [property: JsonPropertyName("sourceId")] string SourceId,
    [property: JsonPropertyName("customerId")] string CustomerId,
    [property: JsonPropertyName("firstName")] string FirstName,
    [property: JsonPropertyName("email")] string? Email,
    [property: JsonPropertyName("phone")] string? Phone,
    [property: JsonPropertyName("visitType")] string VisitType,
    [property: JsonPropertyName("endedAt")] DateTimeOffset EndedAt,
    [property: JsonPropertyName("consentRefused")] bool ConsentRefused = false)
{
    public static VisitPayload Of(Core.Model.Visit v) =>
        new(v.Source, v.SourceId, v.Customer.CustomerId, v.Customer.FirstName, v.Customer.Email, v.Customer.Phone, v.VisitType, v.EndedAt,
            v.ConsentRefused);
}

internal static class DirectInvokeKinds
{
    public const string Warmup = "warmup";
    public const string Route = "route";
    public const string Dispatch = "dispatch";
    public const string PlanVisits = "plan-visits";
    public const string Withdraw = "withdraw";
    public const string SendAsk = "send-ask";
    public const string FollowUp = "follow-up";
    public const string TellOwner = "tell-owner";
    public const string Erase = "erase";
    public const string Export = "export";
    public const string PlanCustomerList = "plan-customer-list";
}

/// <summary>What a non-HTTP role answers: its name, an outcome word and the ids it acted on.</summary>
internal sealed record RoleResponse(
    [property: JsonPropertyName("role")] string Role,
    [property: JsonPropertyName("outcome")] string Outcome,
    [property: JsonPropertyName("customerId")] string? CustomerId = null,
    [property: JsonPropertyName("askId")] string? AskId = null,
    [property: JsonPropertyName("count")] int? Count = null);
