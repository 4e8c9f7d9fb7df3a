using FeedbackCollector.Aws.Http;
using FeedbackCollector.Aws.Secrets;
using FeedbackCollector.Aws.Tests.Http;

namespace FeedbackCollector.Aws.Tests.Secrets;

/// <summary>Beyond the secret-source contract (Contracts/SecretsManagerContractTests, against moto): the wire call, caching, failures.</summary>
public sealed class SecretsManagerSecretSourceTests
{
    [Fact]
    public async Task A_secret_is_fetched_once_per_process()
    {
        using var fake = new FakeAwsServer().Respond(FakeResponse.Json("""{"Name":"fc/pos/webhook-secret","SecretString":"v1"}"""));
        var source = new SecretsManagerSecretSource(TestClients.For(AwsService.SecretsManager, fake.BaseUri));

        (await source.GetAsync("fc/pos/webhook-secret", Ct)).Should().Be("v1");
        (await source.GetAsync("fc/pos/webhook-secret", Ct)).Should().Be("v1");

        var request = fake.Requests.Single();
        request.Header("X-Amz-Target").Should().Be("secretsmanager.GetSecretValue");
        request.Header("Content-Type").Should().Be("application/x-amz-json-1.1");
        request.BodyText.Should().Be("""{"SecretId":"fc/pos/webhook-secret"}""");
        request.Header("Authorization").Should().Contain("/ap-southeast-1/secretsmanager/aws4_request");
    }

    [Fact]
    public async Task A_failed_fetch_is_not_cached_and_the_next_call_asks_again()
    {
        using var fake = new FakeAwsServer().Respond(FakeResponse.Error(400, "AccessDeniedException"),
            FakeResponse.Json("""{"SecretString":"v2"}"""));
        var source = new SecretsManagerSecretSource(TestClients.For(AwsService.SecretsManager, fake.BaseUri));

        await FluentActions.Awaiting(() => source.GetAsync("fc/slack/bot-token")).Should().ThrowAsync<AwsServiceException>();
        (await source.GetAsync("fc/slack/bot-token", Ct)).Should().Be("v2");
    }

    [Fact]
    public async Task A_binary_secret_is_returned_as_text()
    {
        using var fake = new FakeAwsServer().Respond(FakeResponse.Json($$"""{"SecretBinary":"{{Convert.ToBase64String("{\"k\":1}"u8)}}"}"""));
        var source = new SecretsManagerSecretSource(TestClients.For(AwsService.SecretsManager, fake.BaseUri));

        (await source.GetAsync("fc/drive/sa", Ct)).Should().Be("{\"k\":1}");
    }
}
