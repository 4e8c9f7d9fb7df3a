using System.Net;
using System.Net.Sockets;
using FeedbackCollector.Cli.Commands;
using FeedbackCollector.Cli.Composition;
using FeedbackCollector.Cli.Config;
using FeedbackCollector.Cli.Hosting;

namespace FeedbackCollector.Cli.Demo;

/// <summary>
/// `demo`: creates Kim's Salon from nothing in a fresh data folder, starts the real HTTP host and reply
/// listener on free 127.0.0.1 ports, and drives a dozen visits through the signed webhook while a fast
/// clock moves the scheduler through four days. Then it prints the counts and either exits (--json)
/// or keeps serving with the owner page open.
/// </summary>
internal static class DemoRun
{
    public const string WebhookSecret = "demo-webhook-secret";

    public static async Task<int> RunAsync(bool json, string dataDir, CancellationToken ct)
    {
        var config = Prepare(dataDir);
        config.GenerateMissingSecrets();
        var settings = ServeSettings.From(config);
        var clock = new AdjustableClock(DemoBusiness.Start);
        var logFile = Path.Combine(dataDir, "serve.log");
        void Log(string line)
        {
            lock (logFile) File.AppendAllText(logFile, $"{clock.GetUtcNow().ToOffset(DemoScript.Zone):ddd HH:mm} {line}\n");
        }
        var collector = await Collector.BuildAsync(settings, clock, Log, ct);
        var timeline = new Timeline(clock, settings.Paths.OutboxFolder, collector.SmsOutbox);
        collector.Loop.JobFinished += (_, o) =>
        {
            if (o.Name.Contains(':', StringComparison.Ordinal)) timeline.Say($"{o.Name.Split(':')[0]} ran" + (o.Succeeded ? "" : $" and failed: {o.Error}"));
        };
        DemoCounts counts;
        using (var stop = CancellationTokenSource.CreateLinkedTokenSource(ct))
        {
            await using var app = HttpHost.Build(collector, null);
            await app.StartAsync(ct);
            var listener = collector.Listener.RunAsync(stop.Token);
            var (smtpHost, smtpPort) = (settings.Listener.Host, settings.Listener.Port);
            await WaitForPortAsync(smtpHost, smtpPort, ct);
            using var customers = new Customers(new HttpClient(), settings.PublicBaseUrl, smtpHost, smtpPort, WebhookSecret);
            await new DemoScript(collector, clock, customers, timeline).RunAsync(ct);
            counts = await DemoCounts.OfAsync(collector, ct);
            await stop.CancelAsync();
            await app.StopAsync(CancellationToken.None);
            await listener;
        }
        timeline.Summary(counts);
        if (json)
        {
            Console.WriteLine(counts.ToJson());
            return 0;
        }
        await Runtime.RunAsync(collector, clock, urls =>
        {
            Console.WriteLine();
            Console.WriteLine($"The collector keeps running on {urls} (Ctrl-C to stop). Server log: {logFile}");
            Console.WriteLine($"Owner page: {settings.PublicBaseUrl}owner?key={settings.OwnerKey}");
            Console.WriteLine($"Outbox:     {Path.GetFullPath(settings.Paths.OutboxFolder)}");
        }, ct);
        return 0;
    }

    /// <summary>A fresh data folder with the sample rules.txt, voice.txt and a collector.conf on free ports.</summary>
    private static LocalConfig Prepare(string dataDir)
    {
        if (Directory.Exists(dataDir)) Directory.Delete(dataDir, recursive: true);
        var sample = Path.Combine(dataDir, "sample");
        Directory.CreateDirectory(sample);
        File.WriteAllText(Path.Combine(sample, "rules.txt"), DemoBusiness.Rules);
        File.WriteAllText(Path.Combine(sample, "voice.txt"), DemoBusiness.Voice);
        var http = FreePort();
        var conf = Path.Combine(dataDir, "collector.conf");
        File.WriteAllText(conf, $"""
            # Written by `feedback-collector demo`: the demo business on free local ports.
            data_dir = {Path.GetFullPath(dataDir)}
            http_listen = http://127.0.0.1:{http}
            public_base_url = http://127.0.0.1:{http}
            smtp_listen = 127.0.0.1:{FreePort()}
            reply_domain = reply.kims-salon.example
            sender_address = hello@kims-salon.example
            rules_file = {Path.GetFullPath(Path.Combine(sample, "rules.txt"))}
            voice_file = {Path.GetFullPath(Path.Combine(sample, "voice.txt"))}
            webhook_secret = {WebhookSecret}
            channels = email,sms
            poll_interval = 1
            """);
        // The demo's own file only: a collector.conf or FC_* variables of a real deployment must not leak in.
        return LocalConfig.Load(conf, new Dictionary<string, string>());
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    private static async Task WaitForPortAsync(string host, int port, CancellationToken ct)
    {
        for (var i = 0; i < 100; i++)
        {
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(host, port, ct);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(100, ct);
            }
        }
        throw new InvalidOperationException($"the reply listener did not start on {host}:{port}");
    }
}
