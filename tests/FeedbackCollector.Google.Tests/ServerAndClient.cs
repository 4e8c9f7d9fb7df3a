namespace FeedbackCollector.Google.Tests;

/// <summary>A fake Google server and the HttpClient that talks to it, disposed together by a contract harness.</summary>
internal sealed class ServerAndClient(FakeGoogleServer server, HttpClient http) : IAsyncDisposable
{
    public ValueTask DisposeAsync()
    {
        http.Dispose();
        return server.DisposeAsync();
    }
}
