using System.Text;
using System.Text.RegularExpressions;

namespace FeedbackCollector.Core.Tokens;

/// <summary>
/// The one format of the signing secret on both runtimes (FC_SIGNING_SECRET locally, fc/token/signing-secret
/// on AWS): either keyed, "k:base64" with a one-character id from a-z or 2-7 and at least 16 bytes, optionally
/// followed by ",k:base64" for the previous key during a rotation; or any other string of at least 16
/// characters (a generated or pasted random string), used as it is under the key id "a". A previous secret
/// may also be given on its own (FC_SIGNING_SECRET_PREVIOUS). Messages never repeat a secret.
/// </summary>
public static partial class SigningSecrets
{
    public const string PlainKeyId = "a";

    public static AskTokens Parse(string value, string? previous = null)
    {
        ArgumentNullException.ThrowIfNull(value);
        var keys = Keys(value.Trim());
        if (!string.IsNullOrWhiteSpace(previous)) keys.AddRange(Keys(previous.Trim()));
        if (keys.Count > 2) throw new InvalidSigningSecretException("the signing secret holds more than a current and a previous key");
        return new AskTokens(keys[0], keys.Count > 1 ? keys[1] : null);
    }

    private static List<SigningKey> Keys(string value) =>
        KeyedList().IsMatch(value) ? [.. value.Split(',').Select(Keyed)] : [Plain(value)];

    private static SigningKey Keyed(string part)
    {
        try
        {
            return new SigningKey(part[..1], Convert.FromBase64String(part[2..]));
        }
        catch (Exception error) when (error is FormatException or ArgumentException)
        {
            throw new InvalidSigningSecretException($"a key of the signing secret is not 'id:base64' with at least {SigningKey.MinSecretBytes} bytes");
        }
    }

    private static SigningKey Plain(string value) =>
        Encoding.UTF8.GetByteCount(value) >= SigningKey.MinSecretBytes
            ? new SigningKey(PlainKeyId, Encoding.UTF8.GetBytes(value))
            : throw new InvalidSigningSecretException($"the signing secret is shorter than {SigningKey.MinSecretBytes} bytes; use 32 random bytes");

    [GeneratedRegex("^[a-z2-7]:[A-Za-z0-9+/]+={0,2}(,[a-z2-7]:[A-Za-z0-9+/]+={0,2})?$")]
    private static partial Regex KeyedList();
}

/// <summary>The signing secret is set but unusable: a deployment problem, reported at start or first use.</summary>
public sealed class InvalidSigningSecretException(string message) : Exception(message);
