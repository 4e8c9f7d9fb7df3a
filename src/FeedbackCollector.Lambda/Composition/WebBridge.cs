using FeedbackCollector.Lambda.UseCases;
using Shared = FeedbackCollector.Web.Http;

namespace FeedbackCollector.Lambda.Composition;

/// <summary>Converts between the handler's plain request/response records and the shared pages' own.</summary>
internal static class WebBridge
{
    public static Shared.WebRequest ToWeb(WebRequest request) =>
        new(request.Method, request.Path, request.Query, request.Headers, request.Body, request.SourceIp);

    public static WebResponse FromWeb(Shared.WebResponse response) =>
        new(response.Status, response.ContentType, response.Body, response.Headers);
}
