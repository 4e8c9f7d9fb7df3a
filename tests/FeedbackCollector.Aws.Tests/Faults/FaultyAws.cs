using System.Text.Json.Nodes;
using Amazon.Runtime;
using FeedbackCollector.Aws.Http;
using FeedbackCollector.Aws.Signing;
using FeedbackCollector.Aws.Tests.Http;
using FeedbackCollector.Testing.Faults;

namespace FeedbackCollector.Aws.Tests.Faults;

/// <summary>
/// Our AWS clients pointed at a fault proxy in front of moto (or a fake service): the production retry settings
/// but for short delays, and a two-second HTTP timeout so a hang costs seconds, not a minute (moto_server answers
/// one request at a time, so a shorter timeout would trip on a busy moto rather than on the fault).
/// Setup (tables, buckets) goes to moto directly: only the adapter under test meets the proxy.
/// </summary>
internal sealed class FaultyAws : IDisposable
{
    public static readonly TimeSpan ClientTimeout = TimeSpan.FromSeconds(2);
    public static readonly AwsRetryOptions Retry = new(AwsRetryOptions.Default.MaxAttempts, TimeSpan.FromMilliseconds(20), TimeSpan.FromMilliseconds(100));
    private static readonly TimeSpan HangFor = ClientTimeout + TimeSpan.FromSeconds(1);

    private readonly HttpClient _http;

    /// <param name="timeout">Shorter than <see cref="ClientTimeout"/> for a fake service, which is never busy.</param>
    public FaultyAws(Uri upstream, TimeSpan? timeout = null)
    {
        Proxy = new FaultProxy(upstream);
        _http = new HttpClient { Timeout = timeout ?? ClientTimeout };
    }

    /// <summary>Every fault the suite injects, by name (theory data must be plain values).</summary>
    public static TheoryData<string> Faults => ["throttle", "500", "503", "timeout", "drop-before", "drop-after", "timeout-after"];

    /// <summary>The faults after which the service has acted on the request though the client never heard so.</summary>
    public static bool ActedUnheard(string fault) => fault is "drop-after" or "timeout-after";

    /// <summary>The faults where the client heard nothing back (it cannot know whether the service acted).</summary>
    public static bool Unanswered(string fault) => fault is "timeout" or "drop-before" or "drop-after" or "timeout-after";

    public static Fault Named(string name) => name switch
    {
        "throttle" => Fault.Throttle,
        "500" => Fault.Status(500),
        "503" => Fault.Status(503),
        "timeout" => Fault.Hang(HangFor),
        "drop-before" => Fault.DropBeforeForwarding,
        "drop-after" => Fault.DropAfterForwarding,
        "timeout-after" => Fault.HangAfterForwarding(HangFor),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, null),
    };

    public static FaultyAws BeforeMoto() => new(TestClients.MotoUrl());

    public FaultProxy Proxy { get; }

    /// <summary>The next call of <paramref name="operation"/> meets the fault (its retries pass).</summary>
    public FaultyAws Once(string operation, string fault)
    {
        Proxy.Inject(r => r.Operation == operation, Named(fault));
        return this;
    }

    /// <summary>
    /// The SDK clients wait one second: everything they call (reads, puts, conditional writes) is safe to repeat, so a
    /// busy moto tripping the timeout only costs a retry.
    /// </summary>
    public AwsSdkClients Sdk => new(TestClients.Region, Proxy.BaseUri, new BasicAWSCredentials("testing", "testing")) { Timeout = TimeSpan.FromSeconds(1) };

    public AwsServiceClient Client(AwsService service) =>
        new(_http, new AwsEndpoint(Proxy.BaseUri, TestClients.Region, service.SigningName),
            new StaticCredentialsProvider(new AwsCredentials("testing", "testing")), TimeProvider.System, Retry);

    /// <summary>moto's own record of everything it did (sent mail, SMS), read past the proxy.</summary>
    public static async Task<JsonNode> MotoStateAsync()
    {
        using var http = new HttpClient();
        return JsonNode.Parse(await http.GetStringAsync(new Uri(TestClients.MotoUrl(), "/moto-api/data.json")))!;
    }

    public void Dispose()
    {
        Proxy.Dispose();
        _http.Dispose();
    }
}
