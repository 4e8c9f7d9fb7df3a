using Amazon.DynamoDBv2.Model;
using FeedbackCollector.Core.Model;
using static FeedbackCollector.Aws.Dynamo.DynamoValues;

namespace FeedbackCollector.Aws.Dynamo;

/// <summary>Ask ↔ fc-state item. Suppression rows share the table under a reserved partition and are skipped.</summary>
internal static class AskItems
{
    public static string StatusText(AskStatus status) => status.ToString().ToLowerInvariant();

    public static bool IsAsk(Dictionary<string, AttributeValue> item) =>
        Str(item, "customer_id") is { } c && !c.StartsWith('#');

    public static Dictionary<string, AttributeValue> ToItem(Ask ask)
    {
        var item = new Dictionary<string, AttributeValue>
        {
            ["customer_id"] = S(ask.CustomerId),
            ["ask_id"] = S(ask.AskId),
            ["first_name"] = S(ask.Customer.FirstName),
            ["visit_type"] = S(ask.VisitType),
            ["visit_ended_at"] = S(ask.VisitEndedAt),
            ["send_at"] = S(ask.SendAt),
            ["status"] = S(StatusText(ask.Status)),
        };
        PutIfPresent(item, "email", ask.Customer.Email);
        PutIfPresent(item, "phone", ask.Customer.Phone);
        PutIfPresent(item, "sent_at", ask.SentAt is { } s ? Instant(s) : null);
        PutIfPresent(item, "follow_up_sent_at", ask.FollowUpSentAt is { } f ? Instant(f) : null);
        PutIfPresent(item, "schedule_name", ask.ScheduleName);
        PutIfPresent(item, "last_error", ask.LastError);
        return item;
    }

    public static Ask FromItem(Dictionary<string, AttributeValue> item)
    {
        var customerId = Required(item, "customer_id");
        var customer = new Customer(customerId, Str(item, "first_name") ?? "", Str(item, "email"), Str(item, "phone"));
        return new Ask(
            customerId,
            Required(item, "ask_id"),
            customer,
            Str(item, "visit_type") ?? "",
            ParseInstant(Required(item, "visit_ended_at")),
            ParseInstant(Required(item, "send_at")),
            Enum.Parse<AskStatus>(Required(item, "status"), ignoreCase: true),
            Time(item, "sent_at"),
            Time(item, "follow_up_sent_at"),
            Str(item, "schedule_name"),
            Str(item, "last_error"));
    }
}
