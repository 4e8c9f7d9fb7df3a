using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace FeedbackCollector.Google.Auth;

/// <summary>
/// Builds the RS256-signed JWT a service account trades for an access token
/// (https://developers.google.com/identity/protocols/oauth2/service-account#authorizingrequests).
/// Written with Utf8JsonWriter so it needs no serializer metadata.
/// </summary>
internal static class JwtAssertion
{
    /// <summary>Google rejects assertions that live longer than an hour.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(1);

    public static string Create(ServiceAccountKey key, RSA rsa, IReadOnlyCollection<string> scopes, string? subject, DateTimeOffset now)
    {
        var header = Json(w =>
        {
            w.WriteString("alg", "RS256");
            w.WriteString("typ", "JWT");
            if (key.PrivateKeyId is not null) w.WriteString("kid", key.PrivateKeyId);
        });
        var claims = Json(w =>
        {
            w.WriteString("iss", key.ClientEmail);
            w.WriteString("scope", string.Join(' ', scopes));
            w.WriteString("aud", key.TokenUri.AbsoluteUri);
            w.WriteNumber("iat", now.ToUnixTimeSeconds());
            w.WriteNumber("exp", now.Add(Lifetime).ToUnixTimeSeconds());
            if (subject is not null) w.WriteString("sub", subject);
        });
        var signingInput = Base64Url.EncodeToString(header) + "." + Base64Url.EncodeToString(claims);
        var signature = rsa.SignData(Encoding.ASCII.GetBytes(signingInput), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        return signingInput + "." + Base64Url.EncodeToString(signature);
    }

    private static byte[] Json(Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            write(writer);
            writer.WriteEndObject();
        }
        return buffer.ToArray();
    }
}
