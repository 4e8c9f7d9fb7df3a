using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using FeedbackCollector.Local.Mail;
using FeedbackCollector.Testing;
using FeedbackCollector.Web.Webhooks.Signatures;
using MailKit.Net.Smtp;
using MimeKit;

namespace FeedbackCollector.EndToEnd;

/// <summary>
/// A real `feedback-collector serve` child process on free 127.0.0.1 ports, with test_control on (an
/// adjustable clock starting at <see cref="Start"/>, and /_test/clock + /_test/tick). Each instance has
/// its own data folder; <see cref="KillAsync"/> and <see cref="StartAsync"/> restart on the same folder.
/// </summary>
public sealed class ServeProcess : IAsyncDisposable
{
    /// <summary>Monday 2 March 2026, 09:00 in Singapore.</summary>
    public static readonly DateTimeOffset Start = new(2026, 3, 2, 1, 0, 0, TimeSpan.Zero);

    public const string WebhookSecret = "e2e-webhook-secret";
    public const string ReplyDomain = "reply.e2e.example";
    public const string OwnerEmail = "owner@e2e.example";

    public const string Rules = """
        Business: E2E Salon
        Timezone: Asia/Singapore
        Quiet hours: 9pm to 9am
        Wait after anything else: 2 hours
        Ask at most: once every 90 days
        Follow up after: 3 days of silence
        Happy stars: 4 to 5
        Unhappy stars: 1 to 2
        Review link: Google https://g.page/r/e2e-salon/review
        Review link goes to: happy customers only
        Links expire after: 30 days
        Owner email: owner@e2e.example
        """;

    private readonly StringBuilder _output = new();
    private readonly Dictionary<string, string> _settings;
    private Process? _process;

    /// <param name="settings">More FC_ variables for this instance (they win over the defaults below).</param>
    public ServeProcess(IReadOnlyDictionary<string, string>? settings = null)
    {
        _settings = settings is null ? [] : new Dictionary<string, string>(settings);
        DataDir = Path.Combine(Path.GetTempPath(), "fc-e2e-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(DataDir);
        File.WriteAllText(Path.Combine(DataDir, "rules.txt"), Rules);
        HttpPort = FreePort();
        SmtpPort = FreePort();
        Http = new HttpClient { BaseAddress = BaseUrl, Timeout = TimeSpan.FromSeconds(30) };
    }

    public string DataDir { get; }
    public int HttpPort { get; }
    public int SmtpPort { get; }
    public Uri BaseUrl => new($"http://127.0.0.1:{HttpPort}/");
    public HttpClient Http { get; }
    public string OutboxFolder => Path.Combine(DataDir, "outbox");
    public string Output { get { lock (_output) return _output.ToString(); } }

    /// <summary>The built Cli next to this test's configuration (Debug/Release): one binary shared by every test.</summary>
    public static string CliDll
    {
        get
        {
            var configuration = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name;
            return RepoPaths.Of("src", "FeedbackCollector.Cli", "bin", configuration, "net10.0", "feedback-collector.dll");
        }
    }

    public static async Task<ServeProcess> StartNewAsync(IReadOnlyDictionary<string, string>? settings = null)
    {
        var serve = new ServeProcess(settings);
        try
        {
            await serve.StartAsync();
            return serve;
        }
        catch
        {
            // The caller never gets the instance, so the data folder and any half-started process are cleaned here.
            await serve.DisposeAsync();
            throw;
        }
    }

    public async Task StartAsync()
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(CliDll);
        info.ArgumentList.Add("serve");
        info.WorkingDirectory = DataDir;
        foreach (var (key, value) in Environment().Concat(_settings))
            info.Environment[key] = value;
        _process = Process.Start(info)!;
        _process.OutputDataReceived += (_, e) => { lock (_output) _output.AppendLine(e.Data); };
        _process.ErrorDataReceived += (_, e) => { lock (_output) _output.AppendLine(e.Data); };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        await WaitUntilReadyAsync();
    }

    private Dictionary<string, string> Environment() => new()
    {
        ["FC_DATA_DIR"] = DataDir,
        ["FC_HTTP_LISTEN"] = $"http://127.0.0.1:{HttpPort}",
        ["FC_PUBLIC_BASE_URL"] = $"http://127.0.0.1:{HttpPort}",
        ["FC_SMTP_LISTEN"] = $"127.0.0.1:{SmtpPort}",
        ["FC_REPLY_DOMAIN"] = ReplyDomain,
        ["FC_WEBHOOK_SECRET"] = WebhookSecret,
        ["FC_RULES_FILE"] = Path.Combine(DataDir, "rules.txt"),
        ["FC_POLL_INTERVAL"] = "0.2",
        ["FC_TEST_CONTROL"] = "on",
        ["FC_TEST_CLOCK_START"] = Start.ToString("O", CultureInfo.InvariantCulture),
    };

    private async Task WaitUntilReadyAsync()
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            if (_process!.HasExited) throw new InvalidOperationException($"serve exited with {_process.ExitCode}:\n{Output}");
            try
            {
                using var health = await Http.GetAsync("healthz");
                using var smtp = new TcpClient();
                await smtp.ConnectAsync(IPAddress.Loopback, SmtpPort);
                if (health.IsSuccessStatusCode) return;
            }
            catch (Exception ex) when (ex is HttpRequestException or SocketException or TaskCanceledException)
            {
                // not listening yet
            }
            await Task.Delay(100);
        }
        throw new TimeoutException("serve did not start within 60 s:\n" + Output);
    }

    /// <summary>SIGKILL: no shutdown code runs, as when the machine loses power.</summary>
    public async Task KillAsync()
    {
        _process!.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
        _process.Dispose();
        _process = null;
    }

    /// <summary>SIGTERM, as systemd or docker stop sends; returns the exit code.</summary>
    public async Task<int> TerminateAsync(TimeSpan within)
    {
        using (var kill = Process.Start("kill", ["-TERM", _process!.Id.ToString(CultureInfo.InvariantCulture)])) await kill.WaitForExitAsync();
        using var timeout = new CancellationTokenSource(within);
        await _process.WaitForExitAsync(timeout.Token);
        var code = _process.ExitCode;
        _process.Dispose();
        _process = null;
        return code;
    }

    public async Task<DateTimeOffset> AdvanceToAsync(DateTimeOffset instant)
    {
        using var response = await Http.PostAsync($"_test/clock?to={Uri.EscapeDataString(instant.ToString("O", CultureInfo.InvariantCulture))}", null);
        response.EnsureSuccessStatusCode();
        return DateTimeOffset.Parse(await response.Content.ReadAsStringAsync(), CultureInfo.InvariantCulture);
    }

    /// <summary>Runs one scheduler poll now (the background loop also polls every 0.2 s).</summary>
    public async Task TickAsync()
    {
        using var response = await Http.PostAsync("_test/tick", null);
        response.EnsureSuccessStatusCode();
    }

    public async Task<HttpResponseMessage> PostWebhookAsync(byte[] body, string? signature = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "webhook") { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new("application/json");
        request.Headers.Add(GenericSignature.Header, signature ?? GenericSignature.Sign(WebhookSecret, body));
        return await Http.SendAsync(request);
    }

    public static byte[] Visit(string sourceId, string firstName, string email, DateTimeOffset endedAt) =>
        Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new Dictionary<string, string>
        {
            ["source"] = "till", ["source_id"] = sourceId, ["first_name"] = firstName, ["email"] = email,
            ["visit_type"] = "haircut", ["ended_at"] = endedAt.ToString("O", CultureInfo.InvariantCulture),
        }));

    /// <summary>A generic-webhook visit of a customer known only by a phone number.</summary>
    public static byte[] PhoneVisit(string sourceId, string firstName, string phone, DateTimeOffset endedAt) =>
        Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new Dictionary<string, string>
        {
            ["source"] = "till", ["source_id"] = sourceId, ["first_name"] = firstName, ["phone"] = phone,
            ["visit_type"] = "haircut", ["ended_at"] = endedAt.ToString("O", CultureInfo.InvariantCulture),
        }));

    /// <summary>The texts in the SMS outbox to this number (E.164), oldest first.</summary>
    public IReadOnlyList<OutboxSms> SmsTo(string phone) =>
        [.. new OutboxSmsSender(Path.Combine(DataDir, "sms-outbox"), TimeProvider.System).List().Where(m => m.To == phone)];

    /// <summary>Polls the SMS outbox until <paramref name="count"/> texts reached the number.</summary>
    public Task<IReadOnlyList<OutboxSms>> WaitForSmsAsync(string phone, int count, int seconds = 20) =>
        PollAsync(() => SmsTo(phone), count, seconds);

    public IReadOnlyList<string> OutboxFiles() =>
        Directory.Exists(OutboxFolder)
            ? [.. Directory.EnumerateFiles(OutboxFolder, "*.eml").Where(f => !Path.GetFileName(f).StartsWith('.')).Order(StringComparer.Ordinal)]
            : [];

    public IReadOnlyList<MimeMessage> OutboxTo(string address) =>
        [.. OutboxFiles().Select(f => MimeMessage.Load(f)).Where(m => m.To.Mailboxes.Any(b => b.Address == address))];

    /// <summary>Polls the outbox (the background scheduler may need a moment) until <paramref name="count"/> mails reached the address.</summary>
    public Task<IReadOnlyList<MimeMessage>> WaitForMailAsync(string address, int count, int seconds = 20) =>
        PollAsync(() => OutboxTo(address), count, seconds);

    /// <summary>Reads until at least <paramref name="count"/> items are there or the time is up; returns the last read.</summary>
    private static async Task<IReadOnlyList<T>> PollAsync<T>(Func<IReadOnlyList<T>> read, int count, int seconds)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (true)
        {
            var items = read();
            if (items.Count >= count || DateTime.UtcNow > deadline) return items;
            await Task.Delay(100);
        }
    }

    /// <summary>Owner pings only (the monthly summary also goes to the owner).</summary>
    public IReadOnlyList<MimeMessage> OwnerPings() =>
        [.. OutboxTo(OwnerEmail).Where(m => m.MessageId?.StartsWith("ping.", StringComparison.Ordinal) == true)];

    public async Task<IReadOnlyList<MimeMessage>> WaitForOwnerPingsAsync(int count, int seconds = 20)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (OwnerPings().Count < count && DateTime.UtcNow < deadline) await Task.Delay(100);
        return OwnerPings();
    }

    public async Task SendMailAsync(MimeMessage message)
    {
        using var smtp = new SmtpClient();
        await smtp.ConnectAsync("127.0.0.1", SmtpPort, MailKit.Security.SecureSocketOptions.None);
        await smtp.SendAsync(message);
        await smtp.DisconnectAsync(true);
    }

    public static MimeMessage Reply(string from, string to, string text, string subject = "Re: How was your haircut?")
    {
        var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse(from));
        message.To.Add(MailboxAddress.Parse(to));
        message.Subject = subject;
        message.Body = new TextPart("plain") { Text = text + "\n\nOn Mon, E2E Salon wrote:\n> How was your haircut?\n" };
        return message;
    }

    public JsonElement ReplyCounts()
    {
        var file = Path.Combine(DataDir, "state", "replies.json");
        return File.Exists(file) ? JsonDocument.Parse(File.ReadAllText(file)).RootElement.Clone() : default;
    }

    public static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        if (_process is not null) await KillAsync();
        Http.Dispose();
        try { Directory.Delete(DataDir, recursive: true); } catch (IOException) { }
    }
}
