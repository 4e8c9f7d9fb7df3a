using System.Buffers;
using System.Collections.Concurrent;
using System.Net;
using SmtpServer;
using SmtpServer.Authentication;
using SmtpServer.ComponentModel;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace FeedbackCollector.Local.Tests.TestSupport;

/// <summary>An in-process SMTP relay on 127.0.0.1 that requires AUTH (user "relay-user", password "relay-pass").</summary>
public sealed class AuthRelay : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private Task? _running;

    public int Port { get; } = FreePort.Next();

    public ConcurrentQueue<byte[]> Messages { get; } = new();

    /// <summary>The envelope sender (MAIL FROM) of each message, in order: where the relay would send a bounce.</summary>
    public ConcurrentQueue<string> EnvelopeSenders { get; } = new();

    public static async Task<AuthRelay> StartAsync()
    {
        var relay = new AuthRelay();
        var options = new SmtpServerOptionsBuilder()
            .ServerName("test-relay")
            .Endpoint(b => b.Endpoint(new IPEndPoint(IPAddress.Loopback, relay.Port))
                .AuthenticationRequired(true)
                .AllowUnsecureAuthentication(true))
            .Build();
        var services = new ServiceProvider();
        services.Add(new DelegatingUserAuthenticator((_, user, password) => user == "relay-user" && password == "relay-pass"));
        services.Add(new Store(relay.Messages, relay.EnvelopeSenders));
        relay._running = new SmtpServer.SmtpServer(options, services).StartAsync(relay._stop.Token);
        await FreePort.WaitUntilListeningAsync(relay.Port, TimeSpan.FromSeconds(10));
        return relay;
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        if (_running is not null)
        {
            try
            {
                await _running.WaitAsync(TimeSpan.FromSeconds(5));
            }
            catch (OperationCanceledException)
            {
            }
        }
        _stop.Dispose();
    }

    private sealed class Store(ConcurrentQueue<byte[]> messages, ConcurrentQueue<string> senders) : MessageStore
    {
        public override Task<SmtpResponse> SaveAsync(ISessionContext context, IMessageTransaction transaction,
            ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
        {
            messages.Enqueue(buffer.ToArray());
            senders.Enqueue(transaction.From is { } from ? from.User + "@" + from.Host : "");
            return Task.FromResult(SmtpResponse.Ok);
        }
    }
}
