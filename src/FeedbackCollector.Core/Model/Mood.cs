namespace FeedbackCollector.Core.Model;

public enum Mood { Happy, Unhappy, Unclear }

/// <summary>What a classifier read in a written reply. Confidence is 0..1.</summary>
public sealed record MoodReading(Mood Mood, double Confidence);
