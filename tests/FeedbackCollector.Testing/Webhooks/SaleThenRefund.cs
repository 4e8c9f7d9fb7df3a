namespace FeedbackCollector.Testing.Webhooks;

/// <summary>One delivery as a scheme sends it, before signing: the body and the scheme's own headers (topic, delivery id).</summary>
public sealed record SchemeDelivery(string Scheme, string Body, IReadOnlyDictionary<string, string> Headers);

/// <summary>
/// A sale and its full refund for each of the five webhook schemes, the same customer (Mia) each time, shaped as the
/// providers send them (cut to the fields we read; the real bodies are exercised field by field in the normaliser tests).
/// </summary>
public static class SaleThenRefund
{
    public const string Email = "mia@example.com";

    public static readonly DateTimeOffset Start = new(2026, 3, 2, 1, 0, 0, TimeSpan.Zero);

    public static IEnumerable<string> Schemes => ["generic", "shopify", "square", "stripe", "woocommerce"];

    public static SchemeDelivery Sale(string scheme) => scheme switch
    {
        "generic" => new(scheme, $$$$$"""{"source":"till","source_id":"w-1","first_name":"Mia","email":"{{{{{Email}}}}}","ended_at":"{{{{{Iso}}}}}"}""", NoHeaders),
        "shopify" => new(scheme, $$$$$"""{"id":8001,"email":"{{{{{Email}}}}}","processed_at":"{{{{{Iso}}}}}","financial_status":"paid","customer":{"first_name":"Mia"}}""",
            Headers("X-Shopify-Topic", "orders/paid", "X-Shopify-Webhook-Id", "sale-8001")),
        "square" => new(scheme, $$$$$"""{"type":"payment.updated","event_id":"e-1","data":{"object":{"payment":{"id":"sq-1","status":"COMPLETED","buyer_email_address":"{{{{{Email}}}}}","updated_at":"{{{{{Iso}}}}}"}}}}""", NoHeaders),
        "stripe" => new(scheme, $$$$$"""{"id":"evt_1","type":"charge.succeeded","livemode":true,"created":{{{{{Start.ToUnixTimeSeconds()}}}}},"data":{"object":{"id":"ch_1","payment_intent":"pi_1","amount":100,"status":"succeeded","billing_details":{"email":"{{{{{Email}}}}}","name":"Mia Tan"}}}}""", NoHeaders),
        "woocommerce" => new(scheme, $$$$$"""{"id":9001,"status":"completed","date_completed_gmt":"{{{{{Iso[..19]}}}}}","billing":{"first_name":"Mia","email":"{{{{{Email}}}}}"}}""",
            Headers("X-WC-Webhook-Topic", "order.updated", "X-WC-Webhook-Delivery-ID", "sale-9001")),
        _ => throw new ArgumentOutOfRangeException(nameof(scheme)),
    };

    public static SchemeDelivery Refund(string scheme) => scheme switch
    {
        "generic" => new(scheme, """{"source":"till","source_id":"w-1","status":"refunded"}""", NoHeaders),
        "shopify" => new(scheme, """{"id":501,"order_id":8001,"transactions":[{"kind":"refund","status":"success","amount":"25.00"}]}""",
            Headers("X-Shopify-Topic", "refunds/create", "X-Shopify-Webhook-Id", "refund-8001")),
        "square" => new(scheme, """{"type":"refund.updated","event_id":"e-2","data":{"object":{"refund":{"id":"r-1","payment_id":"sq-1","status":"COMPLETED"}}}}""", NoHeaders),
        "stripe" => new(scheme, $$$$$"""{"id":"evt_2","type":"charge.refunded","livemode":true,"created":{{{{{Start.ToUnixTimeSeconds()}}}}},"data":{"object":{"id":"ch_1","payment_intent":"pi_1","amount":100,"amount_refunded":100,"refunded":true}}}""", NoHeaders),
        "woocommerce" => new(scheme, $$$$$"""{"id":9001,"status":"refunded","billing":{"first_name":"Mia","email":"{{{{{Email}}}}}"}}""",
            Headers("X-WC-Webhook-Topic", "order.updated", "X-WC-Webhook-Delivery-ID", "refund-9001")),
        _ => throw new ArgumentOutOfRangeException(nameof(scheme)),
    };

    /// <summary>The source and source id of the sale, so a test can name its ask.</summary>
    public static (string Source, string SourceId) Visit(string scheme) => scheme switch
    {
        "generic" => ("till", "w-1"),
        "shopify" => ("shopify", "8001"),
        "square" => ("square", "sq-1"),
        "stripe" => ("stripe", "pi_1"),
        _ => ("woocommerce", "9001"),
    };

    private static string Iso => Start.AddHours(-1).ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture);

    private static readonly IReadOnlyDictionary<string, string> NoHeaders = new Dictionary<string, string>();

    private static Dictionary<string, string> Headers(string k1, string v1, string k2, string v2) => new() { [k1] = v1, [k2] = v2 };
}
