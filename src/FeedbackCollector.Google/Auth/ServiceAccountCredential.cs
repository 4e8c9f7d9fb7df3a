using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using FeedbackCollector.Google.Http;

namespace FeedbackCollector.Google.Auth;

/// <summary>
/// Service-account OAuth without Google.Apis: sign a JWT (RS256) with the key, trade it at the
/// key's token_uri for an access token, keep that token until shortly before it expires.
/// Thread-safe; one instance per key and scope set, kept for the process (Lambda: per environment).
/// </summary>
public sealed class ServiceAccountCredential : IGoogleAccessTokenSource, IDisposable
{
    /// <summary>Refresh this long before expiry so a token never dies mid-request.</summary>
    public static readonly TimeSpan RefreshMargin = TimeSpan.FromMinutes(5);
    private const int MaxTokenResponseBytes = 64 * 1024;
    private readonly ServiceAccountKey _key;
    private readonly string[] _scopes;
    private readonly string? _subject;
    private readonly HttpClient _http;
    private readonly TimeProvider _time;
    private readonly RSA _rsa;
    private readonly SemaphoreSlim _gate = new(1, 1);
    // A reference, so readers outside the lock never see a torn token/expiry pair.
    private volatile CachedToken? _cached;

    /// <param name="scopes">OAuth scopes, e.g. <see cref="GoogleScopes.SpreadsheetsReadOnly"/>.</param>
    /// <param name="subject">A user to impersonate (domain-wide delegation), or null for the account itself.</param>
    /// <param name="tokenUri">Overrides the key's token_uri (tests); null keeps the key's.</param>
    public ServiceAccountCredential(ServiceAccountKey key, IEnumerable<string> scopes, HttpClient http, TimeProvider time,
        string? subject = null, Uri? tokenUri = null)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(scopes);
        _key = tokenUri is null ? key : key with { TokenUri = tokenUri };
        _scopes = scopes.ToArray();
        if (_scopes.Length == 0) throw new ArgumentException("At least one OAuth scope is needed.", nameof(scopes));
        _subject = subject;
        _http = http ?? throw new ArgumentNullException(nameof(http));
        _time = time ?? throw new ArgumentNullException(nameof(time));
        _rsa = RSA.Create();
        _rsa.ImportFromPem(_key.PrivateKeyPem);
    }

    /// <summary>Parses the key JSON (Secrets Manager fc/drive/sa) and builds the credential.</summary>
    public static ServiceAccountCredential FromJson(string keyJson, IEnumerable<string> scopes, HttpClient http, TimeProvider time, string? subject = null) =>
        new(ServiceAccountKey.Parse(keyJson), scopes, http, time, subject);

    public async ValueTask<string> GetAccessTokenAsync(CancellationToken ct = default)
    {
        if (Fresh() is { } token) return token;
        await _gate.WaitAsync(ct);
        try
        {
            if (Fresh() is { } raced) return raced;
            var now = _time.GetUtcNow();
            var (accessToken, lifetime) = await ExchangeAsync(JwtAssertion.Create(_key, _rsa, _scopes, _subject, now), ct);
            // A short-lived token (under twice the margin) is kept for half its life rather than not at all.
            _cached = new CachedToken(accessToken, now + (lifetime > 2 * RefreshMargin ? lifetime - RefreshMargin : lifetime / 2));
            return accessToken;
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Invalidate() => _cached = null;

    public void Dispose()
    {
        _rsa.Dispose();
        _gate.Dispose();
    }

    private string? Fresh() => _cached is { } c && _time.GetUtcNow() < c.RefreshAt ? c.Token : null;

    private sealed record CachedToken(string Token, DateTimeOffset RefreshAt);

    private async Task<(string Token, TimeSpan Lifetime)> ExchangeAsync(string assertion, CancellationToken ct)
    {
        using var form = new FormUrlEncodedContent(
        [
            new("grant_type", "urn:ietf:params:oauth:grant-type:jwt-bearer"),
            new("assertion", assertion),
        ]);
        HttpResponseMessage response;
        try
        {
            response = await _http.PostAsync(_key.TokenUri, form, ct);
        }
        catch (HttpRequestException e)
        {
            throw new GoogleAuthException($"Could not reach the token endpoint {_key.TokenUri.Host}: {e.Message}", null, "network", isTransient: true, e);
        }
        catch (TaskCanceledException e) when (!ct.IsCancellationRequested)
        {
            throw new GoogleAuthException($"The token endpoint {_key.TokenUri.Host} timed out.", null, "timeout", isTransient: true, e);
        }
        using (response)
        {
            var body = await GoogleHttp.ReadCappedAsync(response, _key.TokenUri, MaxTokenResponseBytes, ct);
            return response.IsSuccessStatusCode ? ReadToken(body) : throw Refused(response, body);
        }
    }

    private GoogleAuthException Refused(HttpResponseMessage response, byte[] body)
    {
        var (code, message) = GoogleErrors.Read(Encoding.UTF8.GetString(body));
        return new GoogleAuthException(
            GoogleErrors.Describe($"Token request for {_key.ClientEmail}", response.StatusCode, code, message),
            (int)response.StatusCode, code, GoogleErrors.IsTransient(response.StatusCode, code));
    }

    private static (string, TimeSpan) ReadToken(byte[] body)
    {
        TokenResponse? token;
        try
        {
            token = JsonSerializer.Deserialize(body, GoogleAuthJsonContext.Default.TokenResponse);
        }
        catch (JsonException e)
        {
            throw new GoogleAuthException("The token endpoint answered something that is not a token response.", 200, "badResponse", isTransient: false, e);
        }
        if (token?.AccessToken is not { Length: > 0 } accessToken || token.ExpiresIn <= 0)
            throw new GoogleAuthException("The token endpoint answered without access_token or expires_in.", 200, "badResponse", isTransient: false);
        return (accessToken, TimeSpan.FromSeconds(token.ExpiresIn));
    }
}
