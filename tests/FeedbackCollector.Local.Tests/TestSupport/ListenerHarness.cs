using System.Collections.Concurrent;
using FeedbackCollector.Local.Listener;
using FeedbackCollector.Testing.Fakes;

namespace FeedbackCollector.Local.Tests.TestSupport;

/// <summary>A ReplyListener on a free 127.0.0.1 port with a fake blob store, recording what it hands on.</summary>
public sealed class ListenerHarness : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private Task? _running;

    private ListenerHarness(ReplyListenerOptions options) => Options = options;

    public ReplyListenerOptions Options { get; }

    public int Port => Options.Port;

    public FakeBlobStore Blobs { get; } = new();

    public ConcurrentQueue<(string Key, string Recipient)> Handed { get; } = new();

    /// <summary>Set to make the reply pipeline fail (the sender should get a 4xx).</summary>
    public Exception? PipelineFailure { get; set; }

    /// <summary>Runs when a message was kept, before the 250 goes back (a test's "crash" between the relay's 250 and our record).</summary>
    public Action? BeforeAccepting { get; set; }

    public static async Task<ListenerHarness> StartAsync(string replyDomain = "reply.example.com", int maxBytes = 64 * 1024, int? port = null)
    {
        var harness = new ListenerHarness(new ReplyListenerOptions(replyDomain, port ?? FreePort.Next()) { MaxMessageBytes = maxBytes });
        var listener = new ReplyListener(harness.Options, harness.Blobs, harness.OnReply, TimeProvider.System);
        harness._running = listener.RunAsync(harness._stop.Token);
        await FreePort.WaitUntilListeningAsync(harness.Port, TimeSpan.FromSeconds(10));
        return harness;
    }

    private Task OnReply(string key, string recipient, CancellationToken ct)
    {
        if (PipelineFailure is { } failure) throw failure;
        Handed.Enqueue((key, recipient));
        BeforeAccepting?.Invoke();
        return Task.CompletedTask;
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
}
