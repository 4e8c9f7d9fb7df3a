namespace FeedbackCollector.Aws.Signing;

/// <summary>
/// The environment piece of the standard credential chain: AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY and
/// AWS_SESSION_TOKEN, which is exactly what the Lambda runtime provides to a function.
/// </summary>
public sealed class EnvironmentCredentialsProvider(IEnvironmentVariables environment) : IAwsCredentialsProvider
{
    public AwsCredentials GetCredentials()
    {
        var keyId = environment.Get("AWS_ACCESS_KEY_ID");
        var secret = environment.Get("AWS_SECRET_ACCESS_KEY");
        if (string.IsNullOrEmpty(keyId) || string.IsNullOrEmpty(secret))
        {
            throw new InvalidOperationException(
                "No AWS credentials: set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY (and AWS_SESSION_TOKEN for temporary ones).");
        }
        var token = environment.Get("AWS_SESSION_TOKEN");
        return new AwsCredentials(keyId, secret, string.IsNullOrEmpty(token) ? null : token);
    }
}

/// <summary>Fixed credentials (tests, local tools).</summary>
public sealed class StaticCredentialsProvider(AwsCredentials credentials) : IAwsCredentialsProvider
{
    public AwsCredentials GetCredentials() => credentials;
}
