using FeedbackCollector.Aws.Http;
using FeedbackCollector.Aws.Signing;

namespace FeedbackCollector.Aws.Tests.Http;

/// <summary>Clients pointed at a fake or at moto, with short retry delays so throttling tests stay fast.</summary>
public static class TestClients
{
    public const string Region = "ap-southeast-1";

    public static AwsCredentials Credentials { get; } = new("AKIDTEST", "secret/test+key", "session-token-1");

    public static AwsRetryOptions FastRetry { get; } = new(3, TimeSpan.FromMilliseconds(5), TimeSpan.FromMilliseconds(20));

    public static AwsServiceClient For(AwsService service, Uri baseUri, string region = Region, HttpClient? http = null) =>
        new(http ?? new HttpClient(), new AwsEndpoint(baseUri, region, service.SigningName),
            new StaticCredentialsProvider(Credentials), TimeProvider.System, FastRetry);

    /// <summary>The moto_server URL scripts/test exports; skips the calling test when there is none.</summary>
    public static Uri MotoUrl()
    {
        var url = Environment.GetEnvironmentVariable("FC_MOTO_URL");
        if (string.IsNullOrEmpty(url)) Assert.Skip("FC_MOTO_URL is not set (scripts/test starts moto_server)");
        return new Uri(url);
    }

    /// <summary>A client for moto through the same environment rules production uses.</summary>
    public static AwsServiceClient Moto(AwsService service)
    {
        var env = new DictionaryEnvironment(new Dictionary<string, string>
        {
            ["AWS_ENDPOINT_URL"] = MotoUrl().ToString(),
            ["AWS_REGION"] = Region,
            ["AWS_ACCESS_KEY_ID"] = "testing",
            ["AWS_SECRET_ACCESS_KEY"] = "testing",
        });
        return AwsServiceClient.FromEnvironment(service, new HttpClient(), env, TimeProvider.System, FastRetry);
    }
}
