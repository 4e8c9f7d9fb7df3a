namespace FeedbackCollector.Core.Tokens;

/// <summary>Why a token was accepted or refused; each refusal has its own value so pages and logs can say which.</summary>
public enum TokenStatus { Valid, Malformed, Tampered, Expired, UnknownKey }
