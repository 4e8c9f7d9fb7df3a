using FeedbackCollector.Core.Ports;

namespace FeedbackCollector.Testing.Fakes;

public sealed record SentSms(string Phone, string Text);

/// <summary>Records every SMS; <see cref="Script"/> makes sends fail.</summary>
public sealed class FakeSmsSender : ISmsSender
{
    private readonly Lock _gate = new();
    private readonly List<SentSms> _sent = [];

    public SendScript Script { get; } = new();

    public IReadOnlyList<SentSms> Sent
    {
        get { lock (_gate) return [.. _sent]; }
    }

    public Task<SendResult> SendAsync(string phone, string text, CancellationToken ct = default)
    {
        var result = Script.Next("sms");
        if (result.Sent)
        {
            lock (_gate) _sent.Add(new SentSms(phone, text));
        }
        return Task.FromResult(result);
    }
}
