namespace FeedbackCollector.Web.Webhooks.Normalizers;

/// <summary>
/// Our own payload for any system that can send JSON:
/// {"source","source_id","first_name","email","phone","visit_type","ended_at"} with ended_at in ISO 8601
/// (an offset, else UTC). Optional "test": true and "kind": "refund" are ignored, so a till can send everything.
/// </summary>
public static class GenericNormalizer
{
    private const int MaxField = 200;
    private static readonly string[] Required = ["source", "source_id", "ended_at"];
    private static readonly string[] Bounded = ["source", "source_id", "first_name", "email", "phone", "visit_type"];

    public static WebhookNormalization Normalize(ReadOnlyMemory<byte> body, WebhookSchemeOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        using var doc = Json.Parse(body, out var problem);
        if (doc is null) return WebhookNormalization.Malformed(problem!);
        var root = doc.RootElement;
        if (Json.True(root, "test") && !options.AcceptTestEvents) return WebhookNormalization.Ignore("test transaction");
        if (Json.Str(root, "kind") is { } kind && kind.Contains("refund", StringComparison.OrdinalIgnoreCase))
            return WebhookNormalization.Ignore("refund");
        var missing = Required.Where(f => Json.Str(root, f) is null).ToList();
        if (missing.Count > 0) return WebhookNormalization.Malformed("missing " + string.Join(", ", missing));
        var tooLong = Bounded.FirstOrDefault(f => Json.Str(root, f)?.Length > MaxField);
        if (tooLong is not null) return WebhookNormalization.Malformed($"{tooLong} is longer than {MaxField} characters");
        var endedAt = Json.Time(root, "ended_at");
        if (endedAt is null) return WebhookNormalization.Malformed("ended_at is not an ISO 8601 date-time");
        if (Json.Str(root, "email") is null && Json.Str(root, "phone") is null)
            return WebhookNormalization.Malformed("email or phone is required");
        return Json.VisitOf(Json.Str(root, "source")!, Json.Str(root, "source_id")!, Json.Str(root, "first_name"),
            Json.Str(root, "email"), Json.Str(root, "phone"), Json.Str(root, "visit_type") ?? options.VisitType, endedAt.Value);
    }
}
