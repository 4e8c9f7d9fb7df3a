namespace FeedbackCollector.Core.Voice;

/// <summary>Wording used when voice.txt does not set a piece.</summary>
public static class VoiceDefaults
{
    public static readonly IReadOnlyDictionary<VoiceKey, string> Templates = new Dictionary<VoiceKey, string>
    {
        [VoiceKey.AskSubject] = "How was your {visit_type} at {business}?",
        [VoiceKey.AskText] = "Hi {first_name}, thanks for visiting {business}. How did we do? Tap a star, or just reply to this email.",
        [VoiceKey.StarPrompt] = "How many stars would you give us?",
        [VoiceKey.FollowUpSubject] = "One quick tap for {business}?",
        [VoiceKey.FollowUpText] = "Hi {first_name}, if you have a moment, we'd love to know how your {visit_type} went. This is the only reminder we'll send.",
        [VoiceKey.NudgeSubject] = "Thank you, {first_name}!",
        [VoiceKey.NudgeText] = "We're so glad you enjoyed your {visit_type}. Would you share that in a public review? {review_link}",
        [VoiceKey.ThanksHappy] = "Thank you, {first_name}! We're delighted you enjoyed it.",
        [VoiceKey.ThanksUnhappy] = "Thank you for telling us, {first_name}. The owner will read this personally and get back to you.",
        [VoiceKey.ThanksUnclear] = "Thank you, {first_name}. We've passed your message to the team.",
        [VoiceKey.OwnerPing] = "{first_name} was unhappy after a {visit_type} ({stars}): \"{message}\" Reach them: {customer_contact}",
        [VoiceKey.SmsAsk] = "Hi {first_name}, thanks for visiting {business}! How did we do? Tap to rate:",
        [VoiceKey.SmsNudge] = "Thanks {first_name}, so glad you enjoyed {business}! Would you leave us a public review? {review_link}",
    };

    public static VoiceDoc Doc { get; } = new(Templates);
}
