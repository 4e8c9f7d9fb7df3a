namespace FeedbackCollector.Core.Tokens;

/// <summary>The one decision an owner token allows: settle an unclear answer, or mark a complaint resolved.</summary>
public enum OwnerTokenAction { Happy, Unhappy, Dismiss, Resolve }
