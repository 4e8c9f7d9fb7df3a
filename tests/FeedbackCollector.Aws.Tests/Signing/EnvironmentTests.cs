using FeedbackCollector.Aws.Http;
using FeedbackCollector.Aws.Signing;

namespace FeedbackCollector.Aws.Tests.Signing;

public sealed class EnvironmentTests
{
    private static DictionaryEnvironment Env(params (string, string)[] vars) =>
        new(vars.ToDictionary(v => v.Item1, v => v.Item2));

    [Fact]
    public void Lambda_style_variables_give_session_credentials()
    {
        var credentials = new EnvironmentCredentialsProvider(Env(("AWS_ACCESS_KEY_ID", "ASIA1"),
            ("AWS_SECRET_ACCESS_KEY", "very-secret-key"), ("AWS_SESSION_TOKEN", "session-token-value"))).GetCredentials();

        credentials.Should().Be(new AwsCredentials("ASIA1", "very-secret-key", "session-token-value"));
    }

    [Fact]
    public void Credentials_never_print_their_secret_or_token()
    {
        var text = new AwsCredentials("ASIA1", "very-secret-key", "session-token-value").ToString();

        text.Should().Contain("ASIA1").And.NotContain("very-secret-key").And.NotContain("session-token-value");
    }

    [Fact]
    public void An_empty_session_token_means_long_term_credentials() =>
        new EnvironmentCredentialsProvider(Env(("AWS_ACCESS_KEY_ID", "AKIA1"), ("AWS_SECRET_ACCESS_KEY", "k"), ("AWS_SESSION_TOKEN", "")))
            .GetCredentials().SessionToken.Should().BeNull();

    [Fact]
    public void Missing_credentials_fail_with_the_variable_names()
    {
        var act = () => new EnvironmentCredentialsProvider(Env(("AWS_ACCESS_KEY_ID", "A"))).GetCredentials();

        act.Should().Throw<InvalidOperationException>().WithMessage("*AWS_SECRET_ACCESS_KEY*");
    }

    [Fact]
    public void Without_an_override_the_endpoint_is_the_regional_service_host()
    {
        var endpoint = AwsEndpoint.Resolve(AwsService.BedrockRuntime, Env(("AWS_REGION", "ap-southeast-1")));

        endpoint.Should().Be(new AwsEndpoint(new Uri("https://bedrock-runtime.ap-southeast-1.amazonaws.com"), "ap-southeast-1", "bedrock"));
    }

    [Fact]
    public void AWS_DEFAULT_REGION_is_used_when_AWS_REGION_is_absent() =>
        AwsEndpoint.Resolve(AwsService.SesV2, Env(("AWS_DEFAULT_REGION", "eu-west-1"))).BaseUri
            .Should().Be(new Uri("https://email.eu-west-1.amazonaws.com"));

    [Fact]
    public void The_service_specific_endpoint_variable_wins_over_the_global_one()
    {
        var env = Env(("AWS_REGION", "us-east-1"), ("AWS_ENDPOINT_URL", "http://127.0.0.1:5000"),
            ("AWS_ENDPOINT_URL_SECRETS_MANAGER", "http://127.0.0.1:6000"));

        AwsEndpoint.Resolve(AwsService.SecretsManager, env).BaseUri.Should().Be(new Uri("http://127.0.0.1:6000"));
        AwsEndpoint.Resolve(AwsService.Scheduler, env).BaseUri.Should().Be(new Uri("http://127.0.0.1:5000"));
    }

    [Fact]
    public void Configured_endpoints_can_be_ignored_as_the_SDKs_allow() =>
        AwsEndpoint.Resolve(AwsService.Lambda, Env(("AWS_REGION", "us-east-1"), ("AWS_ENDPOINT_URL", "http://127.0.0.1:5000"),
            ("AWS_IGNORE_CONFIGURED_ENDPOINT_URLS", "true"))).BaseUri.Should().Be(new Uri("https://lambda.us-east-1.amazonaws.com"));

    [Fact]
    public void No_region_fails_loudly() =>
        FluentActions.Invoking(() => AwsEndpoint.Resolve(AwsService.Lambda, Env())).Should().Throw<InvalidOperationException>().WithMessage("*AWS_REGION*");
}
