namespace FeedbackCollector.Core.Tokens;

/// <summary>Where a customer token is used; a token works only for the purpose it was issued for.</summary>
public enum TokenPurpose { Star, Unsubscribe, Review, Reply }
