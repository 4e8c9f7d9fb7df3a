using System.Text;
using System.Xml.Linq;
using FeedbackCollector.Aws.Http;
using FeedbackCollector.Aws.Signing;
using FeedbackCollector.Core.Ports;
using FeedbackCollector.Core.Sms;

namespace FeedbackCollector.Aws.Sns;

/// <summary>
/// Amazon SNS Publish straight to a phone number (the Query API: a signed form POST, an XML answer), as a
/// Transactional message so it is delivered with priority at any hour the planner chose. Before each send the
/// number is checked against the account's opt-out list (someone who texted STOP to an AWS number).
/// Never throws for a delivery failure: a number that is not E.164, opted out or refused is permanent;
/// throttling, 5xx and network errors (after the client's retries) are transient, except a Publish whose answer
/// was lost, which is reported sent-unconfirmed rather than texted twice.
/// </summary>
public sealed class SnsSmsSender(AwsServiceClient client, SnsSmsOptions? options = null) : ISmsSender
{
    private const string Version = "2010-03-31";
    private static readonly XNamespace Ns = "http://sns.amazonaws.com/doc/2010-03-31/";
    private readonly SnsSmsOptions _options = options ?? new SnsSmsOptions();

    public async Task<SendResult> SendAsync(string phone, string text, CancellationToken ct = default)
    {
        if (!E164.IsValid(phone)) return SendResult.Failed($"not an E.164 number: '{phone}'", transient: false);
        ArgumentNullException.ThrowIfNull(text);
        try
        {
            var optOut = await CallAsync([("Action", "CheckIfPhoneNumberIsOptedOut"), ("phoneNumber", phone)], ct).ConfigureAwait(false);
            if (string.Equals(Value(optOut, "isOptedOut"), "true", StringComparison.OrdinalIgnoreCase))
                return SendResult.Failed("the number opted out of SMS from this account (replied STOP)", transient: false);
        }
        catch (AwsServiceException e)
        {
            return Failure(e);
        }
        return await PublishAsync(phone, text, ct).ConfigureAwait(false);
    }

    // Publish is not idempotent: a request whose answer was lost may have sent the text, so it is not sent again.
    private async Task<SendResult> PublishAsync(string phone, string text, CancellationToken ct)
    {
        try
        {
            var published = await CallAsync(PublishForm(phone, text), ct, idempotent: false).ConfigureAwait(false);
            return SendResult.Ok(Value(published, "MessageId"));
        }
        catch (AwsServiceException e) when (e.MayHaveActed)
        {
            return SendResult.SentUnconfirmed($"SNS may have sent it ({e.ErrorCode}: the answer was lost); not sent again");
        }
        catch (AwsServiceException e)
        {
            return Failure(e);
        }
    }

    private static SendResult Failure(AwsServiceException e) => SendResult.Failed($"{e.ErrorCode}: {e.ServiceMessage}", e.Transient);

    private List<(string, string)> PublishForm(string phone, string text)
    {
        var form = new List<(string, string)> { ("Action", "Publish"), ("PhoneNumber", phone), ("Message", text) };
        var attributes = new List<(string Name, string Value)> { ("AWS.SNS.SMS.SMSType", "Transactional") };
        if (!string.IsNullOrWhiteSpace(_options.SenderId)) attributes.Add(("AWS.SNS.SMS.SenderID", _options.SenderId));
        if (!string.IsNullOrWhiteSpace(_options.OriginationNumber)) attributes.Add(("AWS.MM.SMS.OriginationNumber", _options.OriginationNumber));
        for (var i = 0; i < attributes.Count; i++)
        {
            var prefix = $"MessageAttributes.entry.{i + 1}.";
            form.Add((prefix + "Name", attributes[i].Name));
            form.Add((prefix + "Value.DataType", "String"));
            form.Add((prefix + "Value.StringValue", attributes[i].Value));
        }
        return form;
    }

    private async Task<XDocument?> CallAsync(List<(string Key, string Value)> form, CancellationToken ct, bool idempotent = true)
    {
        form.Add(("Version", Version));
        var body = Encoding.UTF8.GetBytes(string.Join('&', form.Select(p => SigV4Canonical.UriEncode(p.Key) + "=" + SigV4Canonical.UriEncode(p.Value))));
        var response = await client.SendAsync(new AwsCall(HttpMethod.Post, [], body, "application/x-www-form-urlencoded; charset=utf-8",
            Idempotent: idempotent), ct)
            .ConfigureAwait(false);
        try
        {
            return XDocument.Parse(Encoding.UTF8.GetString(response.Body));
        }
        catch (System.Xml.XmlException)
        {
            return null;
        }
    }

    private static string? Value(XDocument? doc, string name) =>
        doc?.Descendants(Ns + name).FirstOrDefault()?.Value ?? doc?.Descendants().FirstOrDefault(e => e.Name.LocalName == name)?.Value;
}
