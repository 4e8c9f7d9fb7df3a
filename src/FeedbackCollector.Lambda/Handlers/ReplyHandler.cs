using FeedbackCollector.Lambda.Events;
using FeedbackCollector.Lambda.Roles;
using FeedbackCollector.Lambda.Runtime;
using FeedbackCollector.Lambda.UseCases;

namespace FeedbackCollector.Lambda.Handlers;

/// <summary>
/// reply-handler takes two triggers, told apart by the event's shape: its Function URL (the star-tap,
/// unsubscribe and review pages) and the S3 notification for a raw MIME reply SES stored. What was recorded
/// goes on to the router through the flow's hand-off.
/// </summary>
internal sealed class ReplyHandler(IWebEndpoint pages, IInboundReplies replies) : RoleHandler(Role.ReplyHandler)
{
    /// <summary>S3 batches one object per record in practice; more than this is not ours.</summary>
    private const int MaxRecords = 100;

    protected override async Task<HandlerResult> HandleFunctionUrlAsync(FunctionUrlRequest request, CancellationToken ct)
    {
        var response = await pages.HandleAsync(FunctionUrls.ToWebRequest(request), ct);
        return IntakeWebhookHandler.HttpResult(response);
    }

    protected override async Task<HandlerResult> HandleS3Async(S3Event s3, CancellationToken ct)
    {
        var records = s3.Records ?? [];
        if (records.Count == 0) throw new InvalidEventException("the S3 event has no records");
        if (records.Count > MaxRecords) throw new InvalidEventException($"the S3 event has {records.Count} records; at most {MaxRecords}");
        StepOutcome? last = null;
        var accepted = 0;
        foreach (var record in records)
        {
            if (record.EventSource != "aws:s3") throw new InvalidEventException("an S3 event record's eventSource is not aws:s3");
            var bucket = Require(record.S3?.Bucket?.Name, "bucket name");
            var key = S3ObjectKey.Decode(Require(record.S3?.Object?.Key, "object key"));
            last = await replies.AcceptAsync(bucket, key, ct);
            if (last.Outcome == "accepted") accepted++;
        }
        return records.Count == 1 ? Respond(last!) : Respond(new RoleResponse(Name, "batch", Count: accepted));
    }
}
