using FeedbackCollector.Aws.Signing;

namespace FeedbackCollector.Aws.Http;

/// <summary>Where one service's requests go and how they are signed.</summary>
public sealed record AwsEndpoint(Uri BaseUri, string Region, string SigningName)
{
    /// <summary>
    /// The SDKs' rules: AWS_ENDPOINT_URL_&lt;SERVICE&gt;, then AWS_ENDPOINT_URL (both ignored when
    /// AWS_IGNORE_CONFIGURED_ENDPOINT_URLS is true), else https://{prefix}.{region}.amazonaws.com.
    /// Region from AWS_REGION, then AWS_DEFAULT_REGION.
    /// </summary>
    public static AwsEndpoint Resolve(AwsService service, IEnvironmentVariables environment)
    {
        var region = RegionFrom(environment);
        var ignore = string.Equals(environment.Get("AWS_IGNORE_CONFIGURED_ENDPOINT_URLS"), "true", StringComparison.OrdinalIgnoreCase);
        var configured = ignore ? null : NonEmpty(environment.Get("AWS_ENDPOINT_URL_" + service.EnvironmentSuffix))
            ?? NonEmpty(environment.Get("AWS_ENDPOINT_URL"));
        var baseUri = configured is not null
            ? new Uri(configured, UriKind.Absolute)
            : new Uri($"https://{service.EndpointPrefix}.{region}.amazonaws.com");
        return new AwsEndpoint(baseUri, region, service.SigningName);
    }

    public static string RegionFrom(IEnvironmentVariables environment) =>
        NonEmpty(environment.Get("AWS_REGION")) ?? NonEmpty(environment.Get("AWS_DEFAULT_REGION"))
        ?? throw new InvalidOperationException("No AWS region: set AWS_REGION (Lambda sets it) or AWS_DEFAULT_REGION.");

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
