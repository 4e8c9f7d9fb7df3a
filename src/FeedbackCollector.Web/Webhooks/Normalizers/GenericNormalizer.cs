namespace FeedbackCollector.Web.Webhooks.Normalizers;

/// <summary>
/// Our own payload for any system that can send JSON:
/// {"source","source_id","first_name","email","phone","visit_type","ended_at"} with ended_at in ISO 8601
/// (an offset, else UTC). Optional "test": true is ignored, so a till can send everything. A sale taken back
/// is sent with the sale's "source" and "source_id" and "status": "refunded" | "voided" | "cancelled" (or a "kind"
/// naming a refund, void or cancellation); "partial": true marks a partial refund. It withdraws the pending ask.
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
        if ((TakenBack(Json.Str(root, "status")) ?? TakenBack(Json.Str(root, "kind"))) is { } reason) return Withdrawal(root, reason, options);
        var missing = Required.Where(f => Json.Str(root, f) is null).ToList();
        if (missing.Count > 0) return WebhookNormalization.Malformed("missing " + string.Join(", ", missing));
        var tooLong = Bounded.FirstOrDefault(f => Json.Str(root, f)?.Length > MaxField);
        if (tooLong is not null) return WebhookNormalization.Malformed($"{tooLong} is longer than {MaxField} characters");
        var endedAt = Json.Time(root, "ended_at");
        if (endedAt is null) return WebhookNormalization.Malformed("ended_at is not an ISO 8601 date-time");
        if (Json.Str(root, "email") is null && Json.Str(root, "phone") is null)
            return WebhookNormalization.Malformed("email or phone is required");
        return Json.VisitOf(Json.Str(root, "source")!, Json.Str(root, "source_id")!, Json.Str(root, "first_name"),
            Json.Str(root, "email"), Json.Str(root, "phone"), Json.Str(root, "visit_type") ?? options.VisitType, endedAt.Value,
            Json.ConsentValue(root, "consent"));
    }

    private static WebhookNormalization Withdrawal(System.Text.Json.JsonElement root, string reason, WebhookSchemeOptions options)
    {
        if (Json.Str(root, "source") is not { Length: <= MaxField } source || Json.Str(root, "source_id") is not { Length: <= MaxField } id)
            return WebhookNormalization.Malformed($"a {reason} needs the sale's source and source_id");
        return Json.WithdrawalOf(source, id, Json.Str(root, "email"), Json.Str(root, "phone"), reason, options, Json.True(root, "partial"));
    }

    /// <summary>"refund", "void" or "cancellation" when the word says the sale was taken back.</summary>
    private static string? TakenBack(string? word) =>
        word is null ? null
        : word.Contains("refund", StringComparison.OrdinalIgnoreCase) ? "refund"
        : word.Contains("void", StringComparison.OrdinalIgnoreCase) ? "void"
        : word.Contains("cancel", StringComparison.OrdinalIgnoreCase) ? "cancellation"
        : null;
}
