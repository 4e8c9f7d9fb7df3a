namespace FeedbackCollector.Aws.Dynamo;

/// <summary>Table names; defaults are the design's, overridable per stack through environment variables.</summary>
public sealed record DynamoTables(string State = "fc-state", string Feedback = "fc-feedback", string Audit = "fc-audit");
