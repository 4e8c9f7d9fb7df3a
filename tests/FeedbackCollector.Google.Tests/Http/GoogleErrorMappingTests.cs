using FeedbackCollector.Google.Drive;

namespace FeedbackCollector.Google.Tests.Http;

/// <summary>Every adapter shares one HTTP path; these pin how Google's failures become typed errors.</summary>
public sealed class GoogleErrorMappingTests : IAsyncLifetime
{
    private const string FilePath = "/drive/v3/files/doc-1";
    private readonly FakeGoogleServer _server = new();
    private readonly HttpClient _http = new();
    private readonly CountingTokenSource _tokens = new();

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync()
    {
        _http.Dispose();
        await _server.DisposeAsync();
    }

    private GoogleDocsText Docs() => new(_http, _tokens, _server.Endpoints);

    [Theory]
    [InlineData(401, "UNAUTHENTICATED", "", false)]
    [InlineData(403, "PERMISSION_DENIED", "insufficientPermissions", false)]
    [InlineData(403, "PERMISSION_DENIED", "rateLimitExceeded", true)]
    [InlineData(404, "NOT_FOUND", "notFound", false)]
    [InlineData(429, "RESOURCE_EXHAUSTED", "rateLimitExceeded", true)]
    [InlineData(500, "INTERNAL", "backendError", true)]
    [InlineData(503, "UNAVAILABLE", "", true)]
    public async Task An_error_status_becomes_a_typed_error_with_the_right_transient_flag(int status, string googleStatus, string reason, bool transient)
    {
        var errors = reason.Length == 0 ? "" : $$""","errors":[{"message":"x","domain":"global","reason":"{{reason}}"}]""";
        _server.On(FilePath, _ => FakeResponse.Error(status, $$$"""{"error":{"code":{{{status}}},"message":"The caller said no."{{{errors}}},"status":"{{{googleStatus}}}"}}"""));

        var act = async () => await Docs().GetInfoAsync("doc-1");

        var error = (await act.Should().ThrowAsync<GoogleApiException>()).Which;
        error.StatusCode.Should().Be(status);
        error.IsTransient.Should().Be(transient);
        error.ErrorCode.Should().Be(reason.Length > 0 ? reason : googleStatus);
        error.Message.Should().Contain("The caller said no.").And.Contain(status.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task A_401_is_retried_once_with_a_fresh_token_before_it_counts()
    {
        _server.On(FilePath, r => r.Authorization == "Bearer token-2"
            ? FakeResponse.Json("""{"id":"doc-1","name":"rules.txt","mimeType":"application/vnd.google-apps.document","modifiedTime":"2026-11-27T08:00:00.000Z","version":"12"}""")
            : FakeResponse.Error(401, """{"error":{"code":401,"message":"Request had invalid authentication credentials.","status":"UNAUTHENTICATED"}}"""));

        var info = await Docs().GetInfoAsync("doc-1");

        info.Version.Should().Be(12);
        _tokens.Invalidations.Should().Be(1);
        _server.Received.Select(r => r.Authorization).Should().Equal("Bearer token-1", "Bearer token-2");
    }

    [Fact]
    public async Task A_body_that_is_not_json_still_gives_the_status()
    {
        _server.On(FilePath, _ => new FakeResponse(502, "<html>Bad Gateway</html>", "text/html"));

        var act = async () => await Docs().GetInfoAsync("doc-1");

        var error = (await act.Should().ThrowAsync<GoogleApiException>()).Which;
        error.StatusCode.Should().Be(502);
        error.IsTransient.Should().BeTrue();
    }

    [Fact]
    public async Task An_unreachable_server_is_a_transient_network_error()
    {
        var closed = new FakeGoogleServer();
        var endpoints = closed.Endpoints;
        await closed.DisposeAsync();

        var act = async () => await new GoogleDocsText(_http, _tokens, endpoints).GetInfoAsync("doc-1");

        var error = (await act.Should().ThrowAsync<GoogleApiException>()).Which;
        error.StatusCode.Should().BeNull();
        error.IsTransient.Should().BeTrue();
    }
}
