namespace FeedbackCollector.Web.Tests.Fuzz;

/// <summary>A webhook as a sender delivers it: the scheme in the path, the topic header where the scheme has one, the body.</summary>
public sealed record WebhookInput(string Scheme, string? Topic, byte[] Body)
{
    public override string ToString() => $"{Scheme} {Topic ?? "(no topic)"} {Testing.Fuzz.FuzzRun.Describe(Body)}";
}

/// <summary>
/// One valid sale and one valid take-back (refund, void, cancellation) per scheme, in the shapes the normalisers read,
/// for the mutator to start from; and the JSON names they read, for it to insert.
/// </summary>
internal static class WebhookSeeds
{
    public static readonly (string Scheme, string? Topic, string Body)[] All =
    [
        ("generic", null, """{"source":"till","source_id":"r-1","first_name":"Mia","email":"mia@example.com","phone":"+6591234567","visit_type":"haircut","ended_at":"2026-03-02T10:00:00+08:00"}"""),
        ("generic", null, """{"source":"till","source_id":"r-1","status":"refunded","partial":true,"email":"mia@example.com","phone":"+6591234567"}"""),
        ("generic", null, """{"source":"till","source_id":"r-2","kind":"void","test":true,"ended_at":1772445600}"""),
        ("shopify", "orders/paid", """{"id":820982911946154508,"email":"jon@example.com","phone":"+6591234567","financial_status":"paid","test":false,"processed_at":"2026-03-02T10:00:00-05:00","created_at":"2026-03-02T09:58:00-05:00","total_price":"209.00","customer":{"first_name":"Jon","email":"jon@example.com","phone":null},"billing_address":{"first_name":"Jon","phone":"+6591234567"}}"""),
        ("shopify", "orders/updated", """{"id":820982911946154508,"email":"jon@example.com","financial_status":"partially_refunded","cancelled_at":null,"total_price":"209.00"}"""),
        ("shopify", "orders/cancelled", """{"order":{"id":"820982911946154508","contact_email":"jon@example.com","cancelled_at":"2026-03-02T11:00:00-05:00"}}"""),
        ("shopify", "refunds/create", """{"id":509562969,"order_id":820982911946154508,"refund_line_items":[],"transactions":[{"kind":"refund","status":"success","amount":"41.94"},{"kind":"sale","amount":"1.00"}]}"""),
        ("shopify", null, """{"refund":{"order_id":820982911946154508,"transactions":[{"kind":"refund","amount":"209.00"}]},"order":{"total_price":"209.00"}}"""),
        ("square", null, """{"merchant_id":"M1","type":"payment.updated","event_id":"e1","data":{"type":"payment","id":"p1","object":{"payment":{"id":"p1","status":"COMPLETED","buyer_email_address":"sam@example.com","created_at":"2026-03-02T09:00:00.000Z","updated_at":"2026-03-02T10:00:00.000Z","total_money":{"amount":1000,"currency":"SGD"},"amount_money":{"amount":1000}}}}}"""),
        ("square", null, """{"type":"payment.updated","data":{"object":{"payment":{"id":"p1","status":"COMPLETED","buyer_email_address":"sam@example.com","total_money":{"amount":1000},"refunded_money":{"amount":400}}}}}"""),
        ("square", null, """{"type":"refund.updated","data":{"object":{"refund":{"id":"r1","payment_id":"p1","status":"COMPLETED","amount_money":{"amount":1000}}}}}"""),
        ("square", null, """{"type":"payment.updated","data":{"object":{"payment":{"id":"p1","status":"CANCELED"}}}}"""),
        ("stripe", null, """{"id":"evt_1","object":"event","type":"charge.succeeded","livemode":true,"created":1772445600,"data":{"object":{"id":"ch_1","payment_intent":"pi_1","status":"succeeded","refunded":false,"receipt_email":"jenny@example.com","billing_details":{"name":"Jenny Rosen","email":"jenny@example.com","phone":"+14155550100"}}}}"""),
        ("stripe", null, """{"type":"checkout.session.completed","livemode":true,"created":1772445600,"data":{"object":{"id":"cs_1","payment_intent":"pi_1","payment_status":"paid","customer_email":"jenny@example.com","customer_details":{"name":"Jenny Rosen","email":"jenny@example.com","phone":null}}}}"""),
        ("stripe", null, """{"type":"charge.refunded","livemode":true,"created":1772445600,"data":{"object":{"id":"ch_1","payment_intent":"pi_1","amount":1000,"amount_refunded":400,"refunded":false,"billing_details":{"email":"jenny@example.com"}}}}"""),
        ("stripe", null, """{"type":"payment_intent.canceled","livemode":true,"created":1772445600,"data":{"object":{"id":"pi_1","receipt_email":"jenny@example.com"}}}"""),
        ("woocommerce", "order.updated", """{"id":73,"status":"completed","date_created_gmt":"2026-03-02T09:00:00","date_modified_gmt":"2026-03-02T10:00:00","date_completed_gmt":"2026-03-02T10:00:00","billing":{"first_name":"Ann","email":"ann@example.com","phone":"+6591234567"},"refunds":[]}"""),
        ("woocommerce", "order.updated", """{"id":73,"status":"refunded","billing":{"first_name":"Ann","email":"ann@example.com"},"refunds":[{"id":9,"total":"-10.00"}]}"""),
        ("woocommerce", "order.created", """{"id":"74","status":"completed","date_completed_gmt":null,"date_created_gmt":"2026-03-02T09:00:00","billing":{"phone":"+6591234567"}}"""),
        ("woocommerce", null, "webhook_id=12"),
    ];

    public static string[] Bodies(string scheme) => [.. All.Where(s => s.Scheme == scheme).Select(s => s.Body)];

    public static string?[] Topics(string scheme) => [.. All.Where(s => s.Scheme == scheme).Select(s => s.Topic).Distinct(), "orders/delete", "refunds/create", "order.deleted", "", "\u0000"];

    /// <summary>Every JSON name a normaliser reads, quoted, so the mutator can graft them where they do not belong.</summary>
    public static readonly string[] Words =
    [
        "\"source\":", "\"source_id\":", "\"ended_at\":", "\"email\":", "\"phone\":", "\"first_name\":", "\"status\":", "\"kind\":",
        "\"id\":", "\"order_id\":", "\"order\":", "\"refund\":", "\"transactions\":", "\"type\":", "\"data\":", "\"object\":", "\"payment\":",
        "\"created\":", "\"livemode\":true,", "\"refunds\":[1],", "\"cancelled_at\":", "\"financial_status\":\"refunded\",", "\"amount\":",
        "{", "}", "[", "]", ",", ":", "\"", "\\", "\\u", "\\ud800", "null", "true", "1e999", "-", "9999-12-31T23:59:59Z",
    ];
}
