namespace FeedbackCollector.Core.Ports;

/// <summary>Secrets by the design's names (fc/token/signing-secret, fc/pos/webhook-secret, fc/slack/bot-token, fc/drive/sa).</summary>
public interface ISecretSource
{
    /// <summary>The secret's value, or null when it is not set.</summary>
    Task<string?> GetAsync(string name, CancellationToken ct = default);
}
