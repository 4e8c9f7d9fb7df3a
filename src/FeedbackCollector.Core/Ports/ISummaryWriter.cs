namespace FeedbackCollector.Core.Ports;

/// <summary>Delivers the monthly owner summary (email locally and on AWS). Month is "yyyy-MM".</summary>
public interface ISummaryWriter
{
    Task<SendResult> WriteAsync(string month, string subject, string text, CancellationToken ct = default);
}
