using System.Text;
using System.Text.Json;
using Amazon.DynamoDBv2.Model;
using Amazon.S3.Model;
using FeedbackCollector.Testing.Moto;

namespace FeedbackCollector.Parity.Tests.Drivers;

/// <summary>Everything one moto slice holds, as text per place: each DynamoDB item of its tables, each version of each
/// object of its buckets, each schedule of its group.</summary>
internal static class CloudSnapshot
{
    public static async Task<List<(string Place, string Text)>> TakeAsync(MotoSlice moto, IReadOnlyList<string> buckets, string group)
    {
        var places = new List<(string, string)>();
        var ddb = moto.Clients.DynamoDb();
        foreach (var table in new[] { moto.Tables.State, moto.Tables.Feedback, moto.Tables.Audit })
        {
            var request = new ScanRequest { TableName = table };
            ScanResponse response;
            do
            {
                response = await ddb.ScanAsync(request);
                places.AddRange((response.Items ?? []).Select(item => ($"dynamodb {table}",
                    string.Join(' ', item.Select(kv => kv.Key + "=" + (kv.Value.S ?? kv.Value.N ?? JsonSerializer.Serialize(kv.Value.SS)))))));
                request.ExclusiveStartKey = response.LastEvaluatedKey;
            } while (response.LastEvaluatedKey is { Count: > 0 });
        }
        var s3 = moto.Clients.S3();
        foreach (var bucket in buckets)
        {
            var versions = await s3.ListVersionsAsync(new ListVersionsRequest { BucketName = bucket });
            foreach (var v in (versions.Versions ?? []).Where(v => v.IsDeleteMarker != true))
            {
                using var obj = await s3.GetObjectAsync(new GetObjectRequest { BucketName = bucket, Key = v.Key, VersionId = v.VersionId });
                using var reader = new StreamReader(obj.ResponseStream, Encoding.Latin1);
                places.Add(($"s3 {bucket}/{v.Key}@{v.VersionId}", v.Key + " " + await reader.ReadToEndAsync()));
            }
        }
        places.AddRange((await moto.SchedulesAsync(group)).Select(s => ($"schedule {s.Name}", s.Name + " " + s.Input)));
        return places;
    }
}
