using System.Text;
using Amazon.S3.Model;
using Amazon.SimpleSystemsManagement.Model;
using FeedbackCollector.Aws.Http;
using FeedbackCollector.Aws.S3;
using FeedbackCollector.Aws.Secrets;
using FeedbackCollector.Aws.Ssm;
using FeedbackCollector.Aws.Tests.Http;
using FeedbackCollector.Aws.Tests.Stores;
using FeedbackCollector.Core.Ports;
using FeedbackCollector.Testing.Faults;

namespace FeedbackCollector.Aws.Tests.Faults;

/// <summary>S3 blobs, SSM settings and Secrets Manager secrets through every fault: each call is idempotent and is retried.</summary>
public sealed class StoreFaultTests
{
    [Theory]
    [MemberData(nameof(FaultyAws.Faults), MemberType = typeof(FaultyAws))]
    public async Task A_blob_is_stored_and_read_back_once_through_a_fault(string fault)
    {
        using var aws = FaultyAws.BeforeMoto();
        var buckets = new S3Buckets("c-" + Suffix(), "r-" + Suffix(), "m-" + Suffix());
        foreach (var name in new[] { buckets.Customers, buckets.Rules, buckets.RawMime })
            await Moto.Clients().S3().PutBucketAsync(new PutBucketRequest { BucketName = name, BucketRegion = Amazon.S3.S3Region.APSoutheast1 }, Ct);
        var store = new S3BlobStore(aws.Sdk.S3(), buckets);
        var content = Encoding.UTF8.GetBytes("Business: Kim's Salon");

        aws.Proxy.Inject(r => r.Service == "s3" && r.Method == "PUT", FaultyAws.Named(fault));
        await store.PutAsync(BlobArea.Rules, "rules.txt", content, "text/plain", Ct);
        aws.Proxy.Inject(r => r.Service == "s3" && r.Method == "GET", FaultyAws.Named(fault));
        var read = await store.GetAsync(BlobArea.Rules, "rules.txt", Ct);

        read.Should().Equal(content);
        (await store.ListAsync(BlobArea.Rules, "", Ct)).Should().Equal("rules.txt");
    }

    [Theory]
    [MemberData(nameof(FaultyAws.Faults), MemberType = typeof(FaultyAws))]
    public async Task Settings_load_from_parameter_store_through_a_fault(string fault)
    {
        using var aws = FaultyAws.BeforeMoto();
        var path = "/fc-" + Suffix() + "/config/";
        await Moto.Clients().Ssm().PutParameterAsync(new PutParameterRequest { Name = path + "timezone", Value = "Asia/Singapore", Type = "String" }, Ct);

        aws.Once("GetParametersByPath", fault);
        var values = await new SsmConfigSource(aws.Sdk.Ssm(), path).LoadAsync(Ct);

        values["timezone"].Value.Should().Be("Asia/Singapore");
        aws.Proxy.Attempts("GetParametersByPath").Should().BeGreaterThan(1);
    }

    [Theory]
    [MemberData(nameof(FaultyAws.Faults), MemberType = typeof(FaultyAws))]
    public async Task A_secret_is_read_from_secrets_manager_through_a_fault(string fault)
    {
        using var aws = FaultyAws.BeforeMoto();
        var name = "fc/token/signing-secret-" + Suffix();
        await TestClients.Moto(AwsService.SecretsManager).SendAsync(new AwsCall(HttpMethod.Post, [],
            Encoding.UTF8.GetBytes($$"""{"Name":"{{name}}","SecretString":"s3cret-value"}"""), "application/x-amz-json-1.1",
            Headers: [new("X-Amz-Target", "secretsmanager.CreateSecret")]), Ct);

        aws.Once("GetSecretValue", fault);
        var value = await new SecretsManagerSecretSource(aws.Client(AwsService.SecretsManager)).GetAsync(name, Ct);

        value.Should().Be("s3cret-value");
        aws.Proxy.Attempts("GetSecretValue").Should().BeGreaterThanOrEqualTo(2);
    }

    private static string Suffix() => Guid.NewGuid().ToString("N")[..10];
}
