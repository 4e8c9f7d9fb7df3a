namespace FeedbackCollector.Aws.Ses;

/// <summary>Optional SES configuration set (event destinations for bounces and complaints).</summary>
public sealed record SesMailerOptions(string? ConfigurationSetName = null);
