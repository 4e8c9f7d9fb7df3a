namespace FeedbackCollector.Core.Voice;

/// <summary>The pieces of wording an owner can set in voice.txt.</summary>
public enum VoiceKey
{
    AskSubject, AskText, StarPrompt,
    FollowUpSubject, FollowUpText,
    NudgeSubject, NudgeText,
    ThanksHappy, ThanksUnhappy, ThanksUnclear,
    OwnerPing,
    SmsAsk, SmsNudge,
}

/// <summary>Where a rendered text goes; values are escaped for it.</summary>
public enum Medium { PlainText, Html, Slack }

/// <summary>The owner's wording (voice.txt), parsed. Templates use {placeholders}.</summary>
public sealed record VoiceDoc(IReadOnlyDictionary<VoiceKey, string> Templates)
{
    /// <summary>Placeholders a template may use.</summary>
    public static readonly IReadOnlySet<string> KnownPlaceholders = new HashSet<string>(StringComparer.Ordinal)
    {
        "first_name", "business", "visit_type", "review_link", "stars", "message", "customer_contact",
    };

    public string Template(VoiceKey key) =>
        Templates.TryGetValue(key, out var t) ? t : VoiceDefaults.Templates[key];

    /// <summary>Fills {placeholders} with values escaped for the medium. Unknown or missing values render empty.</summary>
    public string Render(VoiceKey key, IReadOnlyDictionary<string, string> values, Medium medium) =>
        TemplateRenderer.Render(Template(key), values, medium);
}
