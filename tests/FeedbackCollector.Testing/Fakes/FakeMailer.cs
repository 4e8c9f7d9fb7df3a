using FeedbackCollector.Core.Ports;

namespace FeedbackCollector.Testing.Fakes;

/// <summary>Records every email; <see cref="Script"/> makes sends fail transiently or permanently.</summary>
public sealed class FakeMailer : IMailer
{
    private readonly Lock _gate = new();
    private readonly List<OutboundEmail> _sent = [];
    private readonly List<OutboundEmail> _attempts = [];

    public SendScript Script { get; } = new();

    /// <summary>Emails that were delivered.</summary>
    public IReadOnlyList<OutboundEmail> Sent
    {
        get { lock (_gate) return [.. _sent]; }
    }

    /// <summary>Every call, delivered or failed.</summary>
    public IReadOnlyList<OutboundEmail> Attempts
    {
        get { lock (_gate) return [.. _attempts]; }
    }

    public Task<SendResult> SendAsync(OutboundEmail email, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(email);
        var result = Script.Next("mail");
        lock (_gate)
        {
            _attempts.Add(email);
            if (result.Sent) _sent.Add(email);
        }
        return Task.FromResult(result);
    }

    public IReadOnlyList<OutboundEmail> SentTo(string address) =>
        [.. Sent.Where(m => string.Equals(m.To, address, StringComparison.OrdinalIgnoreCase))];
}
