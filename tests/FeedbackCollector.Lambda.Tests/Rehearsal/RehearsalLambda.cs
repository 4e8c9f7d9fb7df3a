using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using FeedbackCollector.Aws.Scheduler;
using FeedbackCollector.Lambda.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace FeedbackCollector.Lambda.Tests.Rehearsal;

/// <summary>One invocation the rehearsal played: which function, what it answered (or the error it threw).</summary>
internal sealed record Played(string Function, string Trigger, string Outcome, string? Error)
{
    /// <summary>The owner alerts the invocation raised (the loop writes each as an Embedded Metric Format line).</summary>
    public IReadOnlyList<string> Alerts { get; init; } = [];
}

/// <summary>
/// Plays Lambda for the rehearsed stack. Each invocation runs the published x64 bootstrap as a process of its own
/// (<see cref="BootstrapInvocation"/>), with exactly the variables the template gives the function plus what the Lambda
/// runtime adds (region, the role's credentials) and the endpoints of the stand-ins (moto, and the fake Lambda and
/// Bedrock APIs); its clock starts at the rehearsal's clock (FC_TEST_CLOCK_START). Lambda-to-Lambda invokes land on the fake Lambda API by function name and are played into that
/// function; one-off schedules are read back from moto's Scheduler and fired at their time; S3 notifications follow
/// the bucket's notification configuration.
/// </summary>
internal sealed class RehearsalLambda(RehearsedStack stack, FakeTimeProvider clock, FakeAwsEndpoint lambda, FakeAwsEndpoint bedrock, string bootstrap)
{
    private readonly HashSet<string> _fired = new(StringComparer.Ordinal);
    private int _invokesSeen;

    public List<Played> Log { get; } = [];

    /// <summary>A request to a function's URL (Function URL payload 2.0); returns the response document.</summary>
    public Task<JsonNode> RequestAsync(string role, string method, string pathAndQuery, string? body, IReadOnlyDictionary<string, string>? headers = null)
    {
        var function = stack.Function(role);
        var host = new Uri(function.Url ?? throw new InvalidOperationException($"{function.LogicalId} has no Function URL")).Host;
        var (path, query) = pathAndQuery.Split('?', 2) is [var p, var q] ? (p, q) : (pathAndQuery, "");
        var allHeaders = new JsonObject { ["host"] = host, ["content-type"] = method == "POST" && body is not null && !body.StartsWith('{') ? "application/x-www-form-urlencoded" : "application/json" };
        foreach (var (name, value) in headers ?? new Dictionary<string, string>()) allHeaders[name.ToLowerInvariant()] = value;
        var request = new JsonObject
        {
            ["version"] = "2.0", ["routeKey"] = "$default", ["rawPath"] = path, ["rawQueryString"] = query, ["headers"] = allHeaders,
            ["requestContext"] = new JsonObject
            {
                ["domainName"] = host, ["requestId"] = Guid.NewGuid().ToString(), ["timeEpoch"] = clock.GetUtcNow().ToUnixTimeMilliseconds(),
                ["http"] = new JsonObject { ["method"] = method, ["path"] = path, ["protocol"] = "HTTP/1.1", ["sourceIp"] = "203.0.113.7", ["userAgent"] = "Mozilla/5.0" },
            },
            ["body"] = body, ["isBase64Encoded"] = false,
        };
        return InvokeAndDrainAsync(function, Encoding.UTF8.GetBytes(request.ToJsonString()), $"{method} {path}");
    }

    /// <summary>An object written to a bucket: S3 notifies the function the bucket's configuration names for its key.</summary>
    public async Task<JsonNode?> ObjectCreatedAsync(string bucket, string key, long size)
    {
        var target = stack.Notifications.SingleOrDefault(n => n.Bucket == bucket && key.StartsWith(n.Prefix, StringComparison.Ordinal));
        if (target == default) return null;
        var s3 = new JsonObject
        {
            ["Records"] = new JsonArray(new JsonObject
            {
                ["eventVersion"] = "2.1", ["eventSource"] = "aws:s3", ["awsRegion"] = TemplateValues.Region, ["eventName"] = "ObjectCreated:Put",
                ["s3"] = new JsonObject
                {
                    ["s3SchemaVersion"] = "1.0", ["bucket"] = new JsonObject { ["name"] = bucket },
                    ["object"] = new JsonObject { ["key"] = Uri.EscapeDataString(key).Replace("%2F", "/", StringComparison.Ordinal), ["size"] = size },
                },
            }),
        };
        return await InvokeAndDrainAsync(ByArn(target.FunctionArn), Encoding.UTF8.GetBytes(s3.ToJsonString()), "s3 " + key);
    }

    /// <summary>A recurring schedule of the template fires (EventBridge Scheduler delivers its Input to its target).</summary>
    public Task<JsonNode> FireRecurringAsync(string name)
    {
        var schedule = stack.Schedules.Single(s => s.Name == name);
        return InvokeAndDrainAsync(ByArn(schedule.TargetArn), Encoding.UTF8.GetBytes(schedule.Input), "schedule " + name);
    }

    /// <summary>Fires each one-off schedule the roles created whose time has come, once; returns how many fired.</summary>
    public async Task<int> FireDueOneOffsAsync(string group)
    {
        var count = 0;
        foreach (var (name, arn, input) in await stack.Account.SchedulesAsync(group))
        {
            var job = ScheduledJobPayload.TryParse(input) ?? throw new InvalidOperationException($"schedule {name} holds no job");
            if (job.DueAt > clock.GetUtcNow() || !_fired.Add(name)) continue;
            await InvokeAndDrainAsync(ByArn(arn), Encoding.UTF8.GetBytes(input), "schedule " + name);
            count++;
        }
        return count;
    }

    private async Task<JsonNode> InvokeAndDrainAsync(DeployedFunction function, byte[] payload, string trigger)
    {
        var result = await HandleAsync(function, payload, trigger);
        // Lambda's async invokes (InvocationType Event), by the function name the caller's variables gave.
        while (lambda.Calls.Count > _invokesSeen)
        {
            var call = lambda.Calls[_invokesSeen++];
            var name = Uri.UnescapeDataString(call.Path.Split('/')[3]);
            var target = stack.Functions.SingleOrDefault(f => f.Name == name || f.Arn == name)
                ?? throw new InvalidOperationException($"a role invoked '{name}', which the template does not deploy");
            await HandleAsync(target, Encoding.UTF8.GetBytes(call.Body), "async invoke of " + target.Name);
        }
        return result;
    }

    private async Task<JsonNode> HandleAsync(DeployedFunction function, byte[] payload, string trigger)
    {
        try
        {
            var answer = await BootstrapInvocation.RunAsync(bootstrap, EnvironmentOf(function), clock.GetUtcNow(), payload);
            Log.Add(new Played(function.Role, trigger, answer.Outcome, null) { Alerts = answer.Alerts });
            return answer.Response;
        }
        catch (InvalidOperationException e)
        {
            Log.Add(new Played(function.Role, trigger, "error", e.Message));
            throw new RehearsalException($"{function.Role} ({trigger}) failed: {e.Message}", e);
        }
    }

    /// <summary>
    /// Exactly the template's variables for the function, plus what Lambda adds (region, the role's credentials, the
    /// function name, TZ) and the stand-ins' endpoints (moto, and the fake Lambda and Bedrock APIs).
    /// </summary>
    private Dictionary<string, string?> EnvironmentOf(DeployedFunction function)
    {
        var env = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var (name, value) in function.Variables) env[name] = value;
        foreach (var (name, value) in stack.Account.RuntimeVariables()) env[name] = value;
        env["AWS_DEFAULT_REGION"] = env["AWS_REGION"];
        env["AWS_LAMBDA_FUNCTION_NAME"] = function.Name;
        env["TZ"] = ":UTC";
        env["AWS_ENDPOINT_URL_LAMBDA"] = lambda.Url;
        env["AWS_ENDPOINT_URL_BEDROCK_RUNTIME"] = bedrock.Url;
        return env;
    }

    private DeployedFunction ByArn(string arn) =>
        stack.Functions.SingleOrDefault(f => f.Arn == arn) ?? throw new InvalidOperationException($"nothing in the template is deployed as {arn}");

    public static string Outcome(JsonNode result) => (string?)result["outcome"] ?? JsonSerializer.Serialize(result);
}

/// <summary>A step of the rehearsed day failed in a role: the message names the role, the trigger and the error.</summary>
internal sealed class RehearsalException(string message, Exception inner) : Exception(message, inner);
