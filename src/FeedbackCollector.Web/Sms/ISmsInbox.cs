namespace FeedbackCollector.Web.Sms;

/// <summary>An SMS a customer sent us, as the provider delivered it (From in E.164).</summary>
public sealed record InboundSmsMessage(string From, string Body, string ProviderId);

/// <summary>Takes a customer's text: STOP and its kin suppress the number, anything else is a reply to their ask.</summary>
public interface ISmsInbox
{
    /// <returns>A word for logs: suppressed-stop, accepted, no-ask, …</returns>
    Task<string> AcceptAsync(InboundSmsMessage message, CancellationToken ct = default);
}
