namespace FeedbackCollector.Core.Ports;

/// <summary>Sends one SMS. Never throws for a delivery failure.</summary>
public interface ISmsSender
{
    Task<SendResult> SendAsync(string phone, string text, CancellationToken ct = default);
}
