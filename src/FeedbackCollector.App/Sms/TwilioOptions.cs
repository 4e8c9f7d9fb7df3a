namespace FeedbackCollector.App.Sms;

/// <summary>A Twilio account's Messages API settings.</summary>
/// <param name="AccountSid">AC… (twilio_account_sid).</param>
/// <param name="AuthToken">The account's auth token (secret twilio_auth_token): basic auth of the API, and the key of X-Twilio-Signature.</param>
/// <param name="From">The Twilio number (E.164) or Messaging Service SID (MG…) messages are sent from (sms_origination_number).</param>
/// <param name="BaseUrl">https://api.twilio.com by default; a local fake in tests.</param>
public sealed record TwilioOptions(string AccountSid, string AuthToken, string From, Uri? BaseUrl = null)
{
    public Uri ApiBase => BaseUrl ?? new Uri("https://api.twilio.com/");
}
