using System.Text;
using System.Text.Json.Nodes;
using FeedbackCollector.Aws.Http;
using FeedbackCollector.Aws.Tests.Http;

namespace FeedbackCollector.Aws.Tests.Ses;

/// <summary>SES in moto_server: a verified sender of one's own, and the raw MIME moto recorded for a send.</summary>
internal static class MotoSes
{
    public static async Task<string> VerifiedSenderAsync()
    {
        var sender = $"shop-{Guid.NewGuid():N}@example.com";
        var body = Encoding.UTF8.GetBytes($$"""{"EmailIdentity":"{{sender}}"}""");
        await TestClients.Moto(AwsService.SesV2).SendAsync(new AwsCall(HttpMethod.Post, ["v2", "email", "identities"], body, "application/json"), default);
        return sender;
    }

    /// <summary>The MIME of the message SES accepted under this MessageId.</summary>
    public static async Task<byte[]> SentMimeAsync(string messageId)
    {
        using var http = new HttpClient();
        var data = JsonNode.Parse(await http.GetStringAsync(new Uri(TestClients.MotoUrl(), "/moto-api/data.json")))!;
        var raw = data["ses"]!["RawMessage"]!.AsArray().Single(m => m!["id"]!.GetValue<string>() == messageId)!["raw_data"]!;
        return Encoding.UTF8.GetBytes(raw.GetValue<string>());
    }
}
