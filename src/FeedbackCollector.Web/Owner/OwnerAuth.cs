using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using FeedbackCollector.Core.Model;
using FeedbackCollector.Web.Http;

namespace FeedbackCollector.Web.Owner;

/// <summary>
/// The owner page's lock: one secret. Presenting it (?key= or the login form) starts a session held in an
/// HttpOnly, SameSite=Strict cookie "sid.issued.mac" signed with the secret, so no session store is needed.
/// Each session has its own CSRF token (a MAC of the session id) that every POST form carries.
/// "issued" is Unix milliseconds, so "sign out everywhere" ends exactly the sessions started before it (a cookie of
/// the older seconds format reads as long expired: its owner signs in once more). All comparisons are constant-time.
/// </summary>
internal sealed class OwnerAuth(string secret, TimeProvider time, TimeSpan lifetime, bool secureCookie)
{
    public const string CookieName = "fc_owner";

    public bool KeyMatches(string? presented) =>
        presented is not null
        && CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(presented)),
            SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    public string NewSessionCookie()
    {
        var sid = Base32.Encode(RandomNumberGenerator.GetBytes(16));
        var issued = time.GetUtcNow().ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture);
        var value = $"{sid}.{issued}.{Mac("session|" + sid + "|" + issued)}";
        var secure = secureCookie ? "; Secure" : "";
        var maxAge = ((long)lifetime.TotalSeconds).ToString(CultureInfo.InvariantCulture);
        return $"{CookieName}={value}; Path=/owner; HttpOnly; SameSite=Strict; Max-Age={maxAge}{secure}";
    }

    /// <summary>A cookie that ends this browser's session now.</summary>
    public string EndedSessionCookie() =>
        $"{CookieName}=; Path=/owner; HttpOnly; SameSite=Strict; Max-Age=0{(secureCookie ? "; Secure" : "")}";

    /// <summary>
    /// The session id when the request carries a valid session cookie, issued within its lifetime and not before
    /// <paramref name="endedAt"/> (the owner's last "sign out everywhere"); else null.
    /// </summary>
    public string? SessionOf(WebRequest request, DateTimeOffset? endedAt)
    {
        var parts = Cookies.Get(request, CookieName)?.Split('.');
        if (parts is not { Length: 3 }) return null;
        var expected = Encoding.ASCII.GetBytes(Mac("session|" + parts[0] + "|" + parts[1]));
        if (!CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(parts[2]), expected)) return null;
        if (!long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var issued)) return null;
        if (endedAt is { } ended && issued < ended.ToUnixTimeMilliseconds()) return null;
        var age = time.GetUtcNow().ToUnixTimeMilliseconds() - issued;
        return age >= 0 && age <= lifetime.TotalMilliseconds ? parts[0] : null;
    }

    public string CsrfToken(string sessionId) => Mac("csrf|" + sessionId);

    public bool CsrfMatches(string sessionId, string? presented) =>
        presented is not null
        && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(presented), Encoding.ASCII.GetBytes(CsrfToken(sessionId)));

    private string Mac(string message) =>
        Base32.Encode(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(message)));
}
