using System.Text;
using Amazon.S3.Model;
using Amazon.SimpleSystemsManagement;
using Amazon.SimpleSystemsManagement.Model;
using FeedbackCollector.Aws.S3;
using FeedbackCollector.Aws.Ssm;
using FeedbackCollector.Core.Ports;

namespace FeedbackCollector.Aws.Tests.Stores;

public sealed class S3AndSsmTests
{
    internal static async Task<S3BlobStore> NewBlobStoreAsync()
    {
        var s3 = Moto.Clients().S3();
        var suffix = Guid.NewGuid().ToString("N")[..10];
        var buckets = new S3Buckets("customers-" + suffix, "rules-" + suffix, "raw-" + suffix);
        foreach (var name in new[] { buckets.Customers, buckets.Rules, buckets.RawMime })
        {
            await s3.PutBucketAsync(new PutBucketRequest
            {
                BucketName = name,
                BucketRegion = Amazon.S3.S3Region.APSoutheast1,
            });
        }
        return new S3BlobStore(s3, buckets);
    }

    [Fact]
    public async Task Inbox_blobs_live_in_the_raw_bucket_without_leaking_their_prefix_into_keys()
    {
        var store = await NewBlobStoreAsync();
        await store.PutAsync(BlobArea.Inbox, "webhooks/1.json", Encoding.UTF8.GetBytes("{}"), "application/json");
        await store.PutAsync(BlobArea.RawMime, "2026/11/m1.eml", Encoding.UTF8.GetBytes("mime"), "message/rfc822");

        (await store.ListAsync(BlobArea.Inbox, "")).Should().Equal("webhooks/1.json");
        (await store.ListAsync(BlobArea.RawMime, "2026/")).Should().Equal("2026/11/m1.eml");
        (await store.GetAsync(BlobArea.Inbox, "webhooks/1.json")).Should().Equal(Encoding.UTF8.GetBytes("{}"));
    }

    [Fact]
    public async Task A_missing_blob_is_null_not_an_error()
    {
        var store = await NewBlobStoreAsync();
        (await store.GetAsync(BlobArea.Rules, "rules.txt")).Should().BeNull();
    }

    [Fact]
    public async Task Settings_come_from_parameters_below_the_path_with_their_origin()
    {
        IAmazonSimpleSystemsManagement ssm = Moto.Clients().Ssm();
        var path = "/fc-" + Guid.NewGuid().ToString("N")[..8] + "/config/";
        await ssm.PutParameterAsync(new PutParameterRequest { Name = path + "timezone", Value = "Asia/Singapore", Type = ParameterType.String });
        await ssm.PutParameterAsync(new PutParameterRequest { Name = path + "links/review", Value = "https://g.page/r/x", Type = ParameterType.String });

        var values = await new SsmConfigSource(ssm, path).LoadAsync();

        values["timezone"].Value.Should().Be("Asia/Singapore");
        values["timezone"].Origin.Should().Be("ssm:" + path + "timezone");
        values["links/review"].Value.Should().Be("https://g.page/r/x");
    }
}
