using System.Text.Json;
using FeedbackCollector.Lambda.Events;
using FeedbackCollector.Lambda.Roles;
using FeedbackCollector.Lambda.Runtime;
using FeedbackCollector.Lambda.UseCases;

namespace FeedbackCollector.Lambda.Handlers;

/// <summary>intake-webhook: the POS/shop webhook arrives through its Function URL.</summary>
internal sealed class IntakeWebhookHandler(IWebEndpoint webhook) : RoleHandler(Role.IntakeWebhook)
{
    protected override async Task<HandlerResult> HandleFunctionUrlAsync(FunctionUrlRequest request, CancellationToken ct)
    {
        var response = await webhook.HandleAsync(FunctionUrls.ToWebRequest(request), ct);
        return HttpResult(response, "http-" + response.Status);
    }

    internal static HandlerResult HttpResult(WebResponse response, string outcome) =>
        new(JsonSerializer.SerializeToUtf8Bytes(FunctionUrls.ToResponse(response), LambdaEventsJsonContext.Default.FunctionUrlResponse), outcome);
}
