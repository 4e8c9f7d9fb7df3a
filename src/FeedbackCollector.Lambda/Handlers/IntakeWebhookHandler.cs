using System.Text.Json;
using FeedbackCollector.Lambda.Events;
using FeedbackCollector.Lambda.Roles;
using FeedbackCollector.Lambda.Runtime;
using FeedbackCollector.Lambda.UseCases;
using FeedbackCollector.Web.Http;

namespace FeedbackCollector.Lambda.Handlers;

/// <summary>intake-webhook: the POS/shop webhook arrives through its Function URL.</summary>
internal sealed class IntakeWebhookHandler(IWebEndpoint webhook) : RoleHandler(Role.IntakeWebhook)
{
    protected override async Task<HandlerResult> HandleFunctionUrlAsync(FunctionUrlRequest request, CancellationToken ct)
    {
        var response = await webhook.HandleAsync(FunctionUrls.ToWebRequest(request), ct);
        return HttpResult(response);
    }

    /// <summary>The page's own outcome word when it has one (e.g. signature_failure), else the status.</summary>
    internal static HandlerResult HttpResult(WebResponse response) =>
        new(JsonSerializer.SerializeToUtf8Bytes(FunctionUrls.ToResponse(response), LambdaEventsJsonContext.Default.FunctionUrlResponse),
            response.Outcome ?? "http-" + response.Status);
}
