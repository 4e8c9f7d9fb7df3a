using FeedbackCollector.Google.Auth;

namespace FeedbackCollector.Google.Tests;

/// <summary>Hands out "token-1", "token-2", … : a new one after each Invalidate.</summary>
public sealed class CountingTokenSource : IGoogleAccessTokenSource
{
    private int _generation = 1;

    public int Invalidations { get; private set; }

    public ValueTask<string> GetAccessTokenAsync(CancellationToken ct = default) => ValueTask.FromResult($"token-{_generation}");

    public void Invalidate()
    {
        Invalidations++;
        _generation++;
    }
}
