using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Web;
using FeedbackCollector.Google.Auth;
using Microsoft.Extensions.Time.Testing;

namespace FeedbackCollector.Google.Tests.Auth;

public sealed class ServiceAccountCredentialTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Start = new(2026, 11, 28, 9, 0, 0, TimeSpan.Zero);
    private readonly FakeGoogleServer _server = new();
    private readonly FakeTimeProvider _time = new(Start);
    private readonly HttpClient _http = new();
    private RSA _rsa = null!;
    private string _keyJson = "";
    private int _issued;

    public ValueTask InitializeAsync()
    {
        (_keyJson, _rsa) = TestKeys.Create(new Uri(_server.BaseUri, "token"));
        _server.On("/token", _ =>
        {
            var n = Interlocked.Increment(ref _issued);
            return FakeResponse.Json($$"""{"access_token":"ya29.token-{{n}}","expires_in":3599,"token_type":"Bearer"}""");
        });
        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync()
    {
        _http.Dispose();
        await _server.DisposeAsync();
    }

    private ServiceAccountCredential Credential(string? subject = null) =>
        ServiceAccountCredential.FromJson(_keyJson, [GoogleScopes.SpreadsheetsReadOnly, GoogleScopes.DriveReadOnly], _http, _time, subject);

    [Fact]
    public async Task The_token_request_posts_a_jwt_bearer_grant_signed_with_the_accounts_key()
    {
        using var credential = Credential();

        (await credential.GetAccessTokenAsync()).Should().Be("ya29.token-1");

        var form = HttpUtility.ParseQueryString(_server.Received.Single().Body);
        _server.Received.Single().Method.Should().Be("POST");
        form["grant_type"].Should().Be("urn:ietf:params:oauth:grant-type:jwt-bearer");
        var parts = form["assertion"]!.Split('.');
        parts.Should().HaveCount(3);
        var valid = _rsa.VerifyData(Encoding.ASCII.GetBytes(parts[0] + "." + parts[1]), Base64Url.DecodeFromChars(parts[2]),
            HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        valid.Should().BeTrue();
    }

    [Fact]
    public async Task The_assertion_names_the_account_scopes_audience_and_an_hour_of_validity()
    {
        using var credential = Credential();
        await credential.GetAccessTokenAsync();

        var (header, claims) = Decode(HttpUtility.ParseQueryString(_server.Received.Single().Body)["assertion"]!);

        header.GetProperty("alg").GetString().Should().Be("RS256");
        header.GetProperty("typ").GetString().Should().Be("JWT");
        header.GetProperty("kid").GetString().Should().Be(TestKeys.KeyId);
        claims.GetProperty("iss").GetString().Should().Be(TestKeys.ClientEmail);
        claims.GetProperty("scope").GetString().Should().Be($"{GoogleScopes.SpreadsheetsReadOnly} {GoogleScopes.DriveReadOnly}");
        claims.GetProperty("aud").GetString().Should().Be(new Uri(_server.BaseUri, "token").ToString());
        claims.GetProperty("iat").GetInt64().Should().Be(Start.ToUnixTimeSeconds());
        claims.GetProperty("exp").GetInt64().Should().Be(Start.ToUnixTimeSeconds() + 3600);
        claims.TryGetProperty("sub", out _).Should().BeFalse();
    }

    [Fact]
    public async Task An_impersonated_user_is_sent_as_the_subject()
    {
        using var credential = Credential(subject: "owner@salon.example");
        await credential.GetAccessTokenAsync();

        var (_, claims) = Decode(HttpUtility.ParseQueryString(_server.Received.Single().Body)["assertion"]!);
        claims.GetProperty("sub").GetString().Should().Be("owner@salon.example");
    }

    [Fact]
    public async Task The_token_is_reused_until_shortly_before_it_expires_then_refreshed()
    {
        using var credential = Credential();

        (await credential.GetAccessTokenAsync()).Should().Be("ya29.token-1");
        _time.Advance(TimeSpan.FromMinutes(50));
        (await credential.GetAccessTokenAsync()).Should().Be("ya29.token-1");
        _time.Advance(TimeSpan.FromMinutes(5));
        (await credential.GetAccessTokenAsync()).Should().Be("ya29.token-2");

        _server.Received.Should().HaveCount(2);
    }

    [Fact]
    public async Task Concurrent_callers_share_one_token_request()
    {
        using var credential = Credential();

        var tokens = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => credential.GetAccessTokenAsync().AsTask()));

        tokens.Should().OnlyContain(t => t == "ya29.token-1");
        _server.Received.Should().ContainSingle();
    }

    [Fact]
    public async Task An_invalidated_token_is_fetched_again()
    {
        using var credential = Credential();
        await credential.GetAccessTokenAsync();

        credential.Invalidate();

        (await credential.GetAccessTokenAsync()).Should().Be("ya29.token-2");
    }

    [Fact]
    public async Task A_refused_grant_is_a_permanent_auth_error_with_Googles_code()
    {
        _server.On("/token", _ => FakeResponse.Error(400, """{"error":"invalid_grant","error_description":"Invalid JWT Signature."}"""));
        using var credential = Credential();

        var act = async () => await credential.GetAccessTokenAsync();

        var error = (await act.Should().ThrowAsync<GoogleAuthException>()).Which;
        error.ErrorCode.Should().Be("invalid_grant");
        error.StatusCode.Should().Be(400);
        error.IsTransient.Should().BeFalse();
        error.Message.Should().Contain("Invalid JWT Signature").And.NotContain("ya29");
    }

    [Theory]
    [InlineData(429)]
    [InlineData(500)]
    [InlineData(503)]
    public async Task A_throttled_or_failing_token_endpoint_is_a_transient_auth_error(int status)
    {
        _server.On("/token", _ => FakeResponse.Error(status, """{"error":"internal_failure","error_description":"Backend Error"}"""));
        using var credential = Credential();

        var act = async () => await credential.GetAccessTokenAsync();

        (await act.Should().ThrowAsync<GoogleAuthException>()).Which.IsTransient.Should().BeTrue();
    }

    [Fact]
    public async Task A_success_answer_without_a_token_is_a_permanent_error()
    {
        _server.On("/token", _ => FakeResponse.Json("""{"token_type":"Bearer"}"""));
        using var credential = Credential();

        var act = async () => await credential.GetAccessTokenAsync();

        (await act.Should().ThrowAsync<GoogleAuthException>()).Which.IsTransient.Should().BeFalse();
    }

    private static (JsonElement Header, JsonElement Claims) Decode(string jwt)
    {
        var parts = jwt.Split('.');
        return (JsonDocument.Parse(Base64Url.DecodeFromChars(parts[0])).RootElement,
            JsonDocument.Parse(Base64Url.DecodeFromChars(parts[1])).RootElement);
    }
}
