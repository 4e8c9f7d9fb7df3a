namespace FeedbackCollector.Aws.Signing;

/// <summary>An access key pair, with the session token temporary credentials (Lambda's) carry.</summary>
public sealed record AwsCredentials(string AccessKeyId, string SecretAccessKey, string? SessionToken = null)
{
    /// <summary>Never prints the secret or the token: records print themselves into logs and exceptions.</summary>
    public override string ToString() => $"AwsCredentials {{ AccessKeyId = {AccessKeyId} }}";
}

/// <summary>Where credentials come from. Asked on every request, so a rotating source can refresh.</summary>
public interface IAwsCredentialsProvider
{
    AwsCredentials GetCredentials();
}
