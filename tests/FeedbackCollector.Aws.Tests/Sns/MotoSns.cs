using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using FeedbackCollector.Aws.Tests.Http;
using FeedbackCollector.Core.Ports;
using FeedbackCollector.Testing.Contracts;

namespace FeedbackCollector.Aws.Tests.Sns;

/// <summary>SNS in moto_server (its record of published SMS) and a fake SNS for the answers moto never gives.</summary>
internal static class MotoSns
{
    public static async Task<IReadOnlyList<DeliveredSms>> SentAsync(IEnumerable<string> messageIds)
    {
        using var http = new HttpClient();
        var data = JsonNode.Parse(await http.GetStringAsync(new Uri(TestClients.MotoUrl(), "/moto-api/data.json")))!;
        var sms = data["sns"]?["SMS"]?.AsArray() ?? [];
        var byId = sms.ToDictionary(m => m!["message_id"]!.GetValue<string>(), m => m!);
        return [.. messageIds.Where(byId.ContainsKey).Select(id => new DeliveredSms(
            byId[id]["phone_number"]!.GetValue<string>(), byId[id]["message"]!.GetValue<string>()))];
    }

    /// <summary>Not opted out; then Publish is refused (InvalidParameter, 400) or SNS is down (503).</summary>
    public static FakeResponse FakeAnswer(FakeRequest request, SmsNetwork network)
    {
        if (request.BodyText.Contains("Action=CheckIfPhoneNumberIsOptedOut", StringComparison.Ordinal))
            return Xml(200, "<CheckIfPhoneNumberIsOptedOutResponse xmlns=\"http://sns.amazonaws.com/doc/2010-03-31/\"><CheckIfPhoneNumberIsOptedOutResult><isOptedOut>false</isOptedOut></CheckIfPhoneNumberIsOptedOutResult></CheckIfPhoneNumberIsOptedOutResponse>");
        return network == SmsNetwork.NumberRefused
            ? Xml(400, Error("Sender", "InvalidParameter", "Invalid parameter: PhoneNumber Reason: +6591234567 is not valid to publish to"))
            : Xml(503, Error("Receiver", "ServiceUnavailable", "Service is unavailable"));
    }

    private static string Error(string type, string code, string message) =>
        $"<ErrorResponse xmlns=\"http://sns.amazonaws.com/doc/2010-03-31/\"><Error><Type>{type}</Type><Code>{code}</Code><Message>{message}</Message></Error><RequestId>r-1</RequestId></ErrorResponse>";

    private static FakeResponse Xml(int status, string body) => new(status, body);
}

/// <summary>Remembers the provider ids of the sends that succeeded, so a test reads back only its own messages.</summary>
internal sealed class RecordingSmsSender(ISmsSender inner) : ISmsSender
{
    public ConcurrentQueue<string> ProviderIds { get; } = new();

    public async Task<SendResult> SendAsync(string phone, string text, CancellationToken ct = default)
    {
        var result = await inner.SendAsync(phone, text, ct);
        if (result.Sent && result.ProviderId is { } id) ProviderIds.Enqueue(id);
        return result;
    }
}
