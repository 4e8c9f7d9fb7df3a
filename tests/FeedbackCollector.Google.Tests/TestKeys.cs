using System.Security.Cryptography;
using System.Text.Json;

namespace FeedbackCollector.Google.Tests;

/// <summary>Service-account keys generated per test run, in the shape Google's console downloads.</summary>
public static class TestKeys
{
    public const string ClientEmail = "fc-sync@demo-project.iam.gserviceaccount.com";
    public const string KeyId = "3f1c2e9a0b7d4c5e8f6a1b2c3d4e5f60718293a4";

    /// <summary>One key per run: generating RSA keys is slow and every test can share it (never disposed).</summary>
    private static readonly Lazy<RSA> SharedRsa = new(() => RSA.Create(2048));

    public static (string Json, RSA Rsa) Create(Uri tokenUri)
    {
        var rsa = SharedRsa.Value;
        var json = JsonSerializer.Serialize(new Dictionary<string, string>
        {
            ["type"] = "service_account",
            ["project_id"] = "demo-project",
            ["private_key_id"] = KeyId,
            ["private_key"] = rsa.ExportPkcs8PrivateKeyPem() + "\n",
            ["client_email"] = ClientEmail,
            ["client_id"] = "109876543210987654321",
            ["auth_uri"] = "https://accounts.google.com/o/oauth2/auth",
            ["token_uri"] = tokenUri.ToString(),
            ["auth_provider_x509_cert_url"] = "https://www.googleapis.com/oauth2/v1/certs",
            ["universe_domain"] = "googleapis.com",
        });
        return (json, rsa);
    }

    /// <summary>The same key JSON with one field replaced (null removes it).</summary>
    public static string With(string json, string field, string? value)
    {
        var fields = JsonSerializer.Deserialize<Dictionary<string, string>>(json)!;
        if (value is null) fields.Remove(field);
        else fields[field] = value;
        return JsonSerializer.Serialize(fields);
    }
}
