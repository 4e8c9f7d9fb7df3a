using FeedbackCollector.Core.Rules;

namespace FeedbackCollector.Core.Voice;

/// <summary>The headings voice.txt knows, by the names an owner may write, and which of them must fit on one line.</summary>
internal static class VoiceHeadings
{
    private static readonly (VoiceKey Key, string Name, string[] Aliases)[] Table =
    [
        (VoiceKey.AskSubject, "Ask subject", ["ask subject", "subject", "email subject", "ask email subject"]),
        (VoiceKey.AskText, "Ask text", ["ask text", "ask", "ask message", "ask email", "email text"]),
        (VoiceKey.StarPrompt, "Star prompt", ["star prompt", "stars prompt", "star question", "stars question"]),
        (VoiceKey.FollowUpSubject, "Follow-up subject", ["follow up subject", "reminder subject"]),
        (VoiceKey.FollowUpText, "Follow-up text", ["follow up text", "follow up", "follow up message", "reminder", "reminder text"]),
        (VoiceKey.NudgeSubject, "Nudge subject", ["nudge subject", "review nudge subject", "review request subject"]),
        (VoiceKey.NudgeText, "Nudge text", ["nudge text", "nudge", "review nudge", "review nudge text", "review request", "review request text"]),
        (VoiceKey.ThanksHappy, "Thank you happy", ["thank you happy", "thanks happy", "happy thank you", "thank you page happy", "happy thanks"]),
        (VoiceKey.ThanksUnhappy, "Thank you unhappy", ["thank you unhappy", "thanks unhappy", "unhappy thank you", "thank you page unhappy", "unhappy thanks"]),
        (VoiceKey.ThanksUnclear, "Thank you unclear", ["thank you unclear", "thanks unclear", "unclear thank you", "thank you page unclear", "unclear thanks"]),
        (VoiceKey.OwnerPing, "Owner ping", ["owner ping", "owner message", "owner alert", "message to owner", "owner notification"]),
        (VoiceKey.SmsAsk, "SMS ask", ["sms ask", "sms", "sms ask text", "text message ask", "sms message"]),
        (VoiceKey.SmsNudge, "SMS nudge", ["sms nudge", "sms nudge text", "sms review nudge", "sms review request"]),
    ];

    private static readonly Dictionary<string, VoiceKey> ByAlias = Table
        .SelectMany(e => e.Aliases.Select(a => (a, e.Key)))
        .ToDictionary(p => p.a, p => p.Key, StringComparer.Ordinal);

    public static IEnumerable<string> Names => Table.Select(e => e.Name);

    public static string NameOf(VoiceKey key) => Table.First(e => e.Key == key).Name;

    public static bool IsOneLine(VoiceKey key) => key is VoiceKey.AskSubject or VoiceKey.FollowUpSubject or VoiceKey.NudgeSubject or VoiceKey.StarPrompt;

    public static VoiceKey? Find(string heading) => ByAlias.TryGetValue(Normalize(heading), out var k) ? k : null;

    /// <summary>"Thank-you (happy)" → "thank you happy".</summary>
    public static string Normalize(string heading) =>
        DocText.NormalizeKey(heading.Replace('(', ' ').Replace(')', ' ').Replace(',', ' ').Replace('/', ' ').Replace("thank you page", "thank you", StringComparison.OrdinalIgnoreCase));

    /// <summary>Short letters-only text before a colon reads as a heading the owner meant, even if we don't know it.</summary>
    public static bool LooksLikeHeading(string beforeColon)
    {
        var words = beforeColon.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is >= 1 and <= 4 && beforeColon.All(c => char.IsLetter(c) || c is ' ' or '-' or '(' or ')' or '\'');
    }
}
