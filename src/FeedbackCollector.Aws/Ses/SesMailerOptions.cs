namespace FeedbackCollector.Aws.Ses;

/// <summary>How SES sends.</summary>
/// <param name="ConfigurationSetName">Optional configuration set (event destinations, dedicated IPs).</param>
/// <param name="FeedbackToReplyAddress">
/// Bounces and complaints are forwarded to the email's Reply-To (the ask's r-TOKEN@reply-domain address),
/// so they come back through the inbound path with the token that names the customer to suppress. SES
/// forwards feedback only to an address of a verified identity: the reply domain is one (docs/deploy.md).
/// </param>
public sealed record SesMailerOptions(string? ConfigurationSetName = null, bool FeedbackToReplyAddress = true);
