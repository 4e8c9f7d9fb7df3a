namespace FeedbackCollector.Aws.Sns;

/// <param name="SenderId">Alphanumeric sender id shown instead of a number where the destination country allows it (sms_sender_id).</param>
/// <param name="OriginationNumber">The number (or short code) to send from where one is required, e.g. the US (sms_origination_number).</param>
public sealed record SnsSmsOptions(string? SenderId = null, string? OriginationNumber = null);
