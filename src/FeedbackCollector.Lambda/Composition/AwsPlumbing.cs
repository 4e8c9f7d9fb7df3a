using FeedbackCollector.App.Settings;
using FeedbackCollector.Aws;
using FeedbackCollector.Aws.Http;
using FeedbackCollector.Aws.S3;
using FeedbackCollector.Aws.Secrets;
using FeedbackCollector.Aws.Ssm;
using FeedbackCollector.Google;
using FeedbackCollector.Google.Auth;
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
    public static HttpClient Http { get; } = new() { Timeout = TimeSpan.FromSeconds(20) };

    public LambdaSettings Settings => settings;

    /// <summary>An attempt gets the same 20 s as our own HTTP client (the SDK's default is 100 s, most of a Lambda's time).</summary>
    public AwsSdkClients Sdk { get; } = new(settings.Region, settings.EndpointUrl is { } url ? new Uri(url) : null, Credentials(env))
    {
        Timeout = Http.Timeout,
    };

    public S3Buckets Buckets => new(settings.CustomersBucket, settings.RulesBucket, settings.RawMimeBucket);

    public string? PublicBaseUrl => env.Get(SettingsRegistry.Get(SettingNames.PublicBaseUrl).EnvName) is { Length: > 0 } url ? url.Trim() : null;

    /// <summary>A variable SAM sets for the roles that need it; missing means a template mistake.</summary>
    public string Required(string name) =>
        env.Get(name)?.Trim() is { Length: > 0 } value ? value : throw new MissingSettingException($"{name} is not set");

    public string? Optional(string name) => env.Get(name)?.Trim() is { Length: > 0 } value ? value : null;

    public AwsServiceClient Client(AwsService service) =>
        AwsServiceClient.FromEnvironment(service, Http, new AwsEnvironment(env), clock);

    /// <summary>
    /// Google's APIs, or all of them (the OAuth token endpoint included) at FC_GOOGLE_ENDPOINT_URL: the way
    /// AWS_ENDPOINT_URL points the AWS clients at moto, this points drive-sync and calendar-sync at a stand-in.
    /// </summary>
    public GoogleEndpoints Google => GoogleBase is { } baseUri ? GoogleEndpoints.AllAt(baseUri) : GoogleEndpoints.Default;

    /// <summary>A service-account credential for these scopes from the fc/drive/sa key.</summary>
    public ServiceAccountCredential GoogleCredential(string keyJson, string scope) =>
        new(ServiceAccountKey.Parse(keyJson), [scope], Http, clock, tokenUri: GoogleBase is { } baseUri ? new Uri(baseUri, "token") : null);

    private Uri? GoogleBase => settings.GoogleEndpointUrl is { } url ? new Uri(url.EndsWith('/') ? url : url + "/") : null;

    /// <summary>
    /// The credentials Lambda puts in the environment, read through the same seam as everything else (so an
    /// in-process host can run each role as its own principal); null falls back to the SDK's default chain.
    /// </summary>
    private static Amazon.Runtime.AWSCredentials? Credentials(IEnvironment env)
    {
        if (env.Get("AWS_ACCESS_KEY_ID") is not { Length: > 0 } id || env.Get("AWS_SECRET_ACCESS_KEY") is not { Length: > 0 } secret) return null;
        return env.Get("AWS_SESSION_TOKEN") is { Length: > 0 } token
            ? new Amazon.Runtime.SessionAWSCredentials(id, secret, token)
            : new Amazon.Runtime.BasicAWSCredentials(id, secret);
    }

    public SsmConfigSource Config() => new(Sdk.Ssm(), settings.ConfigPath);

    public SecretsManagerSecretSource Secrets() => new(Client(AwsService.SecretsManager));
}
