using FeedbackCollector.Core.Model;

namespace FeedbackCollector.Core.Routing;

/// <summary>Which bucket an answer lands in and why, e.g. (Happy, "4 stars") or (Unclear, "text: happy 0.41 below 0.70").</summary>
public sealed record RoutingDecision(Bucket Bucket, string Reason);
