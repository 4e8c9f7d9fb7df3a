using FeedbackCollector.Core.Ports;

namespace FeedbackCollector.Testing.Fakes;

/// <summary>
/// Records every owner ping as the owner would get it: like the real notifiers it keeps only tel:, sms: and
/// mailto: contact links, so a review link can never reach the owner. Answers ProviderId "slack" (or
/// <see cref="Via"/>) on success.
/// </summary>
public sealed class FakeOwnerNotifier : IOwnerNotifier
{
    private readonly Lock _gate = new();
    private readonly List<OwnerPing> _pings = [];

    public SendScript Script { get; } = new();

    /// <summary>What a successful ping reports as its channel.</summary>
    public string Via { get; set; } = "slack";

    public IReadOnlyList<OwnerPing> Pings
    {
        get { lock (_gate) return [.. _pings]; }
    }

    public Task<SendResult> NotifyAsync(OwnerPing ping, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(ping);
        var result = Script.Next(Via);
        if (!result.Sent) return Task.FromResult(result);
        var delivered = ping with { ContactLinks = [.. ping.ContactLinks.Where(IsContactLink)] };
        lock (_gate) _pings.Add(delivered);
        return Task.FromResult(SendResult.Ok(Via));
    }

    private static bool IsContactLink(Uri link) =>
        link.IsAbsoluteUri && link.Scheme is "tel" or "sms" or "mailto";
}
