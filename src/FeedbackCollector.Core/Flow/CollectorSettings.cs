namespace FeedbackCollector.Core.Flow;

/// <summary>A way to ask a customer.</summary>
public enum AskChannel { Email, Sms }

/// <summary>
/// Operator settings both runtimes fill (Parameter Store on AWS, the config file locally). The owner's
/// own choices live in rules.txt and voice.txt, not here.
/// </summary>
/// <param name="PublicBaseUrl">Where the pages are served, e.g. https://feedback.example.com (star links, unsubscribe).</param>
/// <param name="ReplyDomain">The domain whose inbound mail reaches the reply handler; reply-to addresses are r-{token}@ReplyDomain.</param>
/// <param name="FromAddress">The sender address of every customer email.</param>
/// <param name="FromName">The display name beside it, normally the business name.</param>
public sealed record CollectorSettings(Uri PublicBaseUrl, string ReplyDomain, string FromAddress, string FromName)
{
    /// <summary>Customers with a phone and no email are asked by SMS only when this is on.</summary>
    public bool SmsEnabled
    {
        get => Channels.Contains(AskChannel.Sms);
        init => Channels = value ? [AskChannel.Email, AskChannel.Sms] : [AskChannel.Email];
    }

    /// <summary>
    /// The `channels` setting in order of preference: each customer is asked on the first one they have an
    /// address for ("email,sms": email when there is one, else SMS; "sms,email": SMS first; "sms": SMS only).
    /// </summary>
    public IReadOnlyList<AskChannel> Channels { get; init; } = [AskChannel.Email];

    /// <summary>Region (ISO 3166 alpha-2) of phone numbers written without a country code, when rules.txt's Holidays names no country.</summary>
    public string? PhoneRegion { get; init; }

    /// <summary>Reads the `channels` setting ("email", "email,sms", "sms,email", "sms"); an unknown word is refused.</summary>
    public static IReadOnlyList<AskChannel> ParseChannels(string? text)
    {
        var list = new List<AskChannel>();
        foreach (var word in (text ?? "email").Split([',', ' ', ';'], StringSplitOptions.RemoveEmptyEntries))
        {
            var channel = word.ToLowerInvariant() switch
            {
                "email" => AskChannel.Email,
                "sms" => AskChannel.Sms,
                _ => throw new FormatException($"channels: '{word}' is not a channel; write email, sms or both (email,sms)"),
            };
            if (!list.Contains(channel)) list.Add(channel);
        }
        return list.Count == 0 ? [AskChannel.Email] : list;
    }

    /// <summary>How far back the daily sweep looks for unclear answers and the moves that handled them.</summary>
    public TimeSpan UnclearLookback { get; init; } = TimeSpan.FromDays(60);

    /// <summary>Delay before a job the sweep creates fires, so a one-off schedule is never created in the past.</summary>
    public TimeSpan JobLead { get; init; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// A claimed ask with no AskSent record older than this is sent again (same Message-ID, so an outbox
    /// or a deduplicating relay keeps one copy): the run that claimed it died before or while sending.
    /// </summary>
    public TimeSpan ResendAfter { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>ByUser of automatic moves in the audit log.</summary>
    public const string SystemUser = "system";
}
