using System.Net;
using Amazon.S3;
using Amazon.S3.Model;
using FeedbackCollector.Core.Ports;

namespace FeedbackCollector.Aws.S3;

/// <summary>Blobs in S3. Versioning is the bucket's (the stack turns it on), so a put never loses the previous doc.</summary>
public sealed class S3BlobStore(IAmazonS3 client, S3Buckets buckets) : IBlobStore
{
    public async Task PutAsync(BlobArea area, string key, ReadOnlyMemory<byte> content, string contentType, CancellationToken ct = default)
    {
        var (bucket, prefix) = buckets.Locate(area);
        using var body = new MemoryStream(content.ToArray(), writable: false);
        await client.PutObjectAsync(new PutObjectRequest
        {
            BucketName = bucket,
            Key = prefix + ValidKey(key),
            InputStream = body,
            ContentType = contentType,
            AutoCloseStream = false,
        }, ct).ConfigureAwait(false);
    }

    public async Task<byte[]?> GetAsync(BlobArea area, string key, CancellationToken ct = default)
    {
        var (bucket, prefix) = buckets.Locate(area);
        try
        {
            using var response = await client.GetObjectAsync(bucket, prefix + ValidKey(key), ct).ConfigureAwait(false);
            using var buffer = new MemoryStream();
            await response.ResponseStream.CopyToAsync(buffer, ct).ConfigureAwait(false);
            return buffer.ToArray();
        }
        catch (AmazonS3Exception e) when (e.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }
    }

    /// <summary>The object's ETag from a HEAD (no body read); null when it does not exist.</summary>
    public async Task<string?> StampAsync(BlobArea area, string key, CancellationToken ct = default)
    {
        var (bucket, prefix) = buckets.Locate(area);
        try
        {
            var head = await client.GetObjectMetadataAsync(bucket, prefix + ValidKey(key), ct).ConfigureAwait(false);
            return head.VersionId is { Length: > 0 } and not "null" ? head.VersionId : head.ETag;
        }
        catch (AmazonS3Exception e) when (e.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }
    }

    /// <summary>
    /// Deletes every version of the key (the buckets are versioned, and a plain delete would only hide the bytes behind
    /// a delete marker), markers included. False when the key had no version at all.
    /// </summary>
    public async Task<bool> DeleteAsync(BlobArea area, string key, CancellationToken ct = default)
    {
        var (bucket, prefix) = buckets.Locate(area);
        var full = prefix + ValidKey(key);
        var request = new ListVersionsRequest { BucketName = bucket, Prefix = full };
        var found = false;
        ListVersionsResponse response;
        do
        {
            response = await client.ListVersionsAsync(request, ct).ConfigureAwait(false);
            foreach (var version in (response.Versions ?? []).Where(v => v.Key == full))
            {
                found |= version.IsDeleteMarker != true;
                await client.DeleteObjectAsync(new DeleteObjectRequest { BucketName = bucket, Key = full, VersionId = version.VersionId }, ct)
                    .ConfigureAwait(false);
            }
            request.KeyMarker = response.NextKeyMarker;
            request.VersionIdMarker = response.NextVersionIdMarker;
        } while (response.IsTruncated == true);
        return found;
    }

    public async Task<IReadOnlyList<string>> ListAsync(BlobArea area, string prefix, CancellationToken ct = default)
    {
        var (bucket, areaPrefix) = buckets.Locate(area);
        var keys = new List<string>();
        var request = new ListObjectsV2Request { BucketName = bucket, Prefix = areaPrefix + prefix };
        ListObjectsV2Response response;
        do
        {
            response = await client.ListObjectsV2Async(request, ct).ConfigureAwait(false);
            keys.AddRange((response.S3Objects ?? []).Select(o => o.Key[areaPrefix.Length..]));
            request.ContinuationToken = response.NextContinuationToken;
        } while (response.IsTruncated == true);
        return keys.Order(StringComparer.Ordinal).ToList();
    }

    private static string ValidKey(string key)
    {
        if (string.IsNullOrWhiteSpace(key) || key.Length > 900 || key.StartsWith('/'))
            throw new ArgumentException($"'{key}' is not a usable blob key (empty, too long or starting with '/').", nameof(key));
        return key;
    }
}
