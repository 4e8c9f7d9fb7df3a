using Amazon;
using Amazon.DynamoDBv2;
using Amazon.Runtime;
using Amazon.S3;
using Amazon.SimpleSystemsManagement;

namespace FeedbackCollector.Aws;

/// <summary>
/// Builds the AWS SDK clients we use. An endpoint (from AWS_ENDPOINT_URL, read by the composition root)
/// points every client at one place, such as moto_server in tests; null means the region's AWS endpoint.
/// </summary>
public sealed record AwsSdkClients(string Region, Uri? Endpoint, AWSCredentials? Credentials = null)
{
    /// <summary>How long one HTTP attempt may take before the SDK gives up on it (and retries); null keeps the SDK's default.</summary>
    public TimeSpan? Timeout { get; init; }

    public IAmazonDynamoDB DynamoDb() => Credentials is null
        ? new AmazonDynamoDBClient(Configure(new AmazonDynamoDBConfig()))
        : new AmazonDynamoDBClient(Credentials, Configure(new AmazonDynamoDBConfig()));

    /// <summary>Path-style addressing when an endpoint is given: local S3 emulators do not serve bucket subdomains.</summary>
    public IAmazonS3 S3()
    {
        var config = Configure(new AmazonS3Config { ForcePathStyle = Endpoint is not null });
        return Credentials is null ? new AmazonS3Client(config) : new AmazonS3Client(Credentials, config);
    }

    public IAmazonSimpleSystemsManagement Ssm() => Credentials is null
        ? new AmazonSimpleSystemsManagementClient(Configure(new AmazonSimpleSystemsManagementConfig()))
        : new AmazonSimpleSystemsManagementClient(Credentials, Configure(new AmazonSimpleSystemsManagementConfig()));

    private T Configure<T>(T config) where T : ClientConfig
    {
        if (Timeout is { } timeout) config.Timeout = timeout;
        if (Endpoint is null)
        {
            config.RegionEndpoint = RegionEndpoint.GetBySystemName(Region);
        }
        else
        {
            config.ServiceURL = Endpoint.ToString();
            config.AuthenticationRegion = Region;
        }
        return config;
    }
}
