using FeedbackCollector.Core.Tokens;

namespace FeedbackCollector.Lambda.Composition;

/// <summary>
/// Reads the fc/token/signing-secret value: "id:base64secret", optionally followed by ",id:base64secret"
/// for the previous key while a rotation is under way. Ids are one letter a-z or digit 2-7.
/// </summary>
internal static class SigningKeys
{
    public static AskTokens Parse(string secret)
    {
        var parts = secret.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length is < 1 or > 2) throw new InvalidSigningSecretException("fc/token/signing-secret must be 'id:base64' with at most one ',id:base64' after it");
        return new AskTokens(Key(parts[0]), parts.Length == 2 ? Key(parts[1]) : null);
    }

    private static SigningKey Key(string part)
    {
        var cut = part.IndexOf(':', StringComparison.Ordinal);
        if (cut != 1) throw new InvalidSigningSecretException("each key in fc/token/signing-secret is 'id:base64' with a one-character id");
        try
        {
            return new SigningKey(part[..1], Convert.FromBase64String(part[2..]));
        }
        catch (Exception error) when (error is FormatException or ArgumentException)
        {
            // The message never repeats the secret.
            throw new InvalidSigningSecretException("a key in fc/token/signing-secret is not a valid id and base64 secret of 16 bytes or more");
        }
    }
}

/// <summary>The signing secret is set but unusable: a deployment problem, reported at init or first use.</summary>
internal sealed class InvalidSigningSecretException(string message) : Exception(message);
