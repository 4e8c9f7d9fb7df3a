using System.Text.RegularExpressions;
using FeedbackCollector.Core.Ports;

namespace FeedbackCollector.Testing.Fakes;

public sealed record SentSms(string Phone, string Text);

/// <summary>
/// Records every SMS; <see cref="Script"/> makes sends fail. Like a real provider it refuses (permanently)
/// a recipient that is not an E.164 number.
/// </summary>
public sealed partial class FakeSmsSender : ISmsSender
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
        ArgumentNullException.ThrowIfNull(phone);
        if (!E164().IsMatch(phone)) return Task.FromResult(SendResult.Failed($"not an E.164 number: '{phone}'", transient: false));
        var result = Script.Next("sms");
        if (result.Sent)
        {
            lock (_gate) _sent.Add(new SentSms(phone, text));
        }
        return Task.FromResult(result);
    }

    [GeneratedRegex(@"^\+[1-9][0-9]{6,14}\z", RegexOptions.CultureInvariant)]
    private static partial Regex E164();
}
