namespace FeedbackCollector.Local.Sqlite;

/// <summary>One schema step. Versions are applied in order, once each, never edited after release.</summary>
public sealed record SqliteMigration(int Version, string Description, string Sql);
