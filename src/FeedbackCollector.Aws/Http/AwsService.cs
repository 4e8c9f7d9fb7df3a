namespace FeedbackCollector.Aws.Http;

/// <summary>
/// One AWS service as the SDKs name it: the host prefix of its endpoint, the name it signs with, and the
/// suffix of its AWS_ENDPOINT_URL_&lt;SERVICE&gt; variable (the service id upper-cased, spaces as '_').
/// </summary>
public sealed record AwsService(string EndpointPrefix, string SigningName, string EnvironmentSuffix)
{
    public static AwsService SesV2 { get; } = new("email", "ses", "SESV2");
    public static AwsService Scheduler { get; } = new("scheduler", "scheduler", "SCHEDULER");
    public static AwsService SecretsManager { get; } = new("secretsmanager", "secretsmanager", "SECRETS_MANAGER");
    public static AwsService Lambda { get; } = new("lambda", "lambda", "LAMBDA");
    public static AwsService BedrockRuntime { get; } = new("bedrock-runtime", "bedrock", "BEDROCK_RUNTIME");
    public static AwsService Sns { get; } = new("sns", "sns", "SNS");
}
