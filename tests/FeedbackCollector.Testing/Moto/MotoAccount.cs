using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Amazon.Runtime;
using FeedbackCollector.Aws;

namespace FeedbackCollector.Testing.Moto;

/// <summary>
/// An AWS account of its own inside the shared moto_server: credentials from STS AssumeRole into a role of that
/// account, which moto files every later call under. A stack's fixed names (fc-state, /fc/config/, fc/token/…)
/// can then exist once per test without touching other tests' resources.
/// </summary>
public sealed record MotoAccount(string Url, string AccountId, string AccessKeyId, string SecretAccessKey, string SessionToken)
{
    public AwsSdkClients Clients => new(MotoSlice.Region, new Uri(Url), new SessionAWSCredentials(AccessKeyId, SecretAccessKey, SessionToken));

    /// <summary>The variables a Lambda function's runtime gives its code: region and the role's credentials (plus moto's URL).</summary>
    public Dictionary<string, string> RuntimeVariables() => new()
    {
        ["AWS_REGION"] = MotoSlice.Region, ["AWS_ENDPOINT_URL"] = Url,
        ["AWS_ACCESS_KEY_ID"] = AccessKeyId, ["AWS_SECRET_ACCESS_KEY"] = SecretAccessKey, ["AWS_SESSION_TOKEN"] = SessionToken,
    };

    public static async Task<MotoAccount> AssumeAsync(string accountId)
    {
        var url = MotoSlice.MotoUrl();
        using var http = new HttpClient();
        var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Action"] = "AssumeRole", ["Version"] = "2011-06-15",
            ["RoleArn"] = $"arn:aws:iam::{accountId}:role/fc-rehearsal", ["RoleSessionName"] = "fc-rehearsal",
        });
        using var request = new HttpRequestMessage(HttpMethod.Post, url + "/") { Content = form };
        request.Headers.TryAddWithoutValidation("Authorization", Authorization("testing", "sts"));
        using var response = await http.SendAsync(request);
        var xml = await response.Content.ReadAsStringAsync();
        string Field(string name) => Regex.Match(xml, $"<{name}>([^<]+)</{name}>") is { Success: true } m ? m.Groups[1].Value
            : throw new InvalidOperationException("moto STS AssumeRole: " + xml);
        return new MotoAccount(url, accountId, Field("AccessKeyId"), Field("SecretAccessKey"), Field("SessionToken"));
    }

    /// <summary>A JSON call (X-Amz-Target for the JSON protocols, a REST path otherwise); "already exists" is fine.</summary>
    public async Task<JsonNode?> CallAsync(string service, string path, string? target, string json)
    {
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, Url + path) { Content = new StringContent(json, Encoding.UTF8) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue(target is null ? "application/json" : "application/x-amz-json-1.1");
        if (target is not null) request.Headers.TryAddWithoutValidation("X-Amz-Target", target);
        request.Headers.TryAddWithoutValidation("Authorization", Authorization(AccessKeyId, service));
        using var response = await http.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode && !body.Contains("Exists", StringComparison.Ordinal))
            throw new InvalidOperationException($"moto {service} {target ?? path}: {(int)response.StatusCode} {body}");
        return body.Length == 0 ? null : JsonNode.Parse(body);
    }

    public async Task<JsonNode> GetAsync(string service, string pathAndQuery)
    {
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, Url + pathAndQuery);
        request.Headers.TryAddWithoutValidation("Authorization", Authorization(AccessKeyId, service));
        using var response = await http.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        return response.IsSuccessStatusCode ? JsonNode.Parse(body)! : throw new InvalidOperationException($"moto {service} GET {pathAndQuery}: {(int)response.StatusCode} {body}");
    }

    /// <summary>Each one-off schedule of a group: its name, target ARN and the Input Scheduler would deliver.</summary>
    public async Task<IReadOnlyList<(string Name, string TargetArn, string Input)>> SchedulesAsync(string group)
    {
        var list = await GetAsync("scheduler", "/schedules?ScheduleGroup=" + Uri.EscapeDataString(group));
        var schedules = new List<(string, string, string)>();
        foreach (var name in list["Schedules"]!.AsArray().Select(s => s!["Name"]!.GetValue<string>()))
        {
            var schedule = await GetAsync("scheduler", $"/schedules/{Uri.EscapeDataString(name)}?groupName={Uri.EscapeDataString(group)}");
            schedules.Add((name, schedule["Target"]!["Arn"]!.GetValue<string>(), schedule["Target"]!["Input"]!.GetValue<string>()));
        }
        return schedules;
    }

    /// <summary>The raw MIME of every message moto's SES sent to an address (any account: the address names the test).</summary>
    public async Task<IReadOnlyList<string>> MailsToAsync(string to)
    {
        using var http = new HttpClient();
        var data = JsonNode.Parse(await http.GetStringAsync(Url + "/moto-api/data.json"))!;
        return data["ses"]?["RawMessage"]?.AsArray()
            .Select(m => m!["raw_data"]!.GetValue<string>())
            .Where(raw => raw.Contains(to, StringComparison.OrdinalIgnoreCase))
            .ToList() ?? [];
    }

    /// <summary>moto takes the account from the access key and the region from the credential scope; it checks no signature.</summary>
    private static string Authorization(string accessKey, string service) =>
        $"AWS4-HMAC-SHA256 Credential={accessKey}/20261128/{MotoSlice.Region}/{service}/aws4_request, SignedHeaders=host, Signature=0";
}
