using FeedbackCollector.Aws;
using FeedbackCollector.Aws.Http;
using FeedbackCollector.Aws.S3;
using FeedbackCollector.Aws.Secrets;
using FeedbackCollector.Aws.Ssm;
using FeedbackCollector.Lambda.Runtime;

namespace FeedbackCollector.Lambda.Composition;

/// <summary>
/// The clients one execution environment shares: the AWS SDK clients (DynamoDB, S3, SSM) and our
/// signed HTTP clients (SESv2, Scheduler, Secrets Manager, Lambda, Bedrock), all honouring
/// AWS_ENDPOINT_URL and the standard credential variables.
/// </summary>
internal sealed class AwsPlumbing(LambdaSettings settings, IEnvironment env, TimeProvider clock)
{
    // One connection pool for the life of the execution environment, as HttpClient is meant to be used.
    private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(20) };

    public LambdaSettings Settings => settings;

    public AwsSdkClients Sdk { get; } = new(settings.Region, settings.EndpointUrl is { } url ? new Uri(url) : null);

    public S3Buckets Buckets => new(settings.CustomersBucket, settings.RulesBucket, settings.RawMimeBucket);

    public string? PublicBaseUrl => env.Get("FC_PUBLIC_BASE_URL") is { Length: > 0 } url ? url.Trim() : null;

    /// <summary>A variable SAM sets for the roles that need it; missing means a template mistake.</summary>
    public string Required(string name) =>
        env.Get(name)?.Trim() is { Length: > 0 } value ? value : throw new MissingSettingException($"{name} is not set");

    public AwsServiceClient Client(AwsService service) =>
        AwsServiceClient.FromEnvironment(service, Http, new AwsEnvironment(env), clock);

    public SsmConfigSource Config() => new(Sdk.Ssm(), settings.ConfigPath);

    public SecretsManagerSecretSource Secrets() => new(Client(AwsService.SecretsManager));
}
