using System.Security.Cryptography;
using System.Text.Json;

namespace FeedbackCollector.Google.Auth;

/// <summary>
/// The fields of a Google service-account JSON key that signing needs. Parsed with JsonDocument
/// (no reflection) so every missing or bad field is named in the error.
/// </summary>
public sealed record ServiceAccountKey(string ClientEmail, string PrivateKeyPem, string? PrivateKeyId, Uri TokenUri)
{
    public const int MaxKeyChars = 64 * 1024;
    public static readonly Uri DefaultTokenUri = new("https://oauth2.googleapis.com/token");

    /// <exception cref="ServiceAccountKeyException">The JSON is not a usable service-account key; Field names the culprit.</exception>
    public static ServiceAccountKey Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        if (json.Length > MaxKeyChars) throw new ServiceAccountKeyException("(file)", $"the key is longer than {MaxKeyChars} characters");
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = 8 });
        }
        catch (JsonException e)
        {
            throw new ServiceAccountKeyException("(file)", "the key is not valid JSON: " + e.Message, e);
        }
        using (doc)
        {
            if (doc.RootElement.ValueKind != JsonValueKind.Object) throw new ServiceAccountKeyException("(file)", "the key must be a JSON object");
            return FromRoot(doc.RootElement);
        }
    }

    private static ServiceAccountKey FromRoot(JsonElement root)
    {
        var type = Required(root, "type");
        if (type != "service_account")
            throw new ServiceAccountKeyException("type", $"expected \"service_account\" but found \"{type}\" (is this an OAuth client file?)");
        var email = Required(root, "client_email");
        if (!email.Contains('@', StringComparison.Ordinal)) throw new ServiceAccountKeyException("client_email", "is not an email address");
        var pem = Required(root, "private_key");
        CheckPem(pem);
        var tokenUriText = Optional(root, "token_uri");
        Uri tokenUri = DefaultTokenUri;
        if (tokenUriText is not null && !Uri.TryCreate(tokenUriText, UriKind.Absolute, out tokenUri!))
            throw new ServiceAccountKeyException("token_uri", "is not an absolute URL");
        return new ServiceAccountKey(email, pem, Optional(root, "private_key_id"), tokenUri);
    }

    private static void CheckPem(string pem)
    {
        if (!pem.Contains("-----BEGIN PRIVATE KEY-----", StringComparison.Ordinal))
            throw new ServiceAccountKeyException("private_key", "is not a PEM PKCS#8 private key (-----BEGIN PRIVATE KEY-----)");
        try
        {
            using var rsa = RSA.Create();
            rsa.ImportFromPem(pem);
        }
        catch (Exception e) when (e is ArgumentException or CryptographicException)
        {
            throw new ServiceAccountKeyException("private_key", "could not be read as an RSA key: " + e.Message, e);
        }
    }

    private static string Required(JsonElement root, string name) =>
        Optional(root, name) ?? throw new ServiceAccountKeyException(name, "is missing or empty");

    private static string? Optional(JsonElement root, string name)
    {
        if (!root.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null) return null;
        if (value.ValueKind != JsonValueKind.String) throw new ServiceAccountKeyException(name, "must be a string");
        var text = value.GetString();
        return string.IsNullOrWhiteSpace(text) ? null : text;
    }

    /// <summary>Never print the private key.</summary>
    public override string ToString() => $"ServiceAccountKey {{ ClientEmail = {ClientEmail}, PrivateKeyId = {PrivateKeyId}, TokenUri = {TokenUri} }}";
}

/// <summary>The service-account key file is unusable; <see cref="Field"/> names the field to fix.</summary>
public sealed class ServiceAccountKeyException : Exception
{
    public ServiceAccountKeyException() : this("(file)", "the key is unusable")
    {
    }

    public ServiceAccountKeyException(string message) : this("(file)", message)
    {
    }

    public ServiceAccountKeyException(string message, Exception innerException) : this("(file)", message, innerException)
    {
    }

    public ServiceAccountKeyException(string field, string problem, Exception? innerException = null)
        : base($"Service account key: {field} {problem}.", innerException)
    {
        Field = field;
    }

    public string Field { get; } = "(file)";
}
