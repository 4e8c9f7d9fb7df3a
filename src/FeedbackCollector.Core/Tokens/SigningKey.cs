namespace FeedbackCollector.Core.Tokens;

/// <summary>
/// A token signing secret and its one-character id. The id travels inside every token so a rotated
/// key can still be recognised; it is a single base32 letter so it fits the compact reply-to form.
/// </summary>
public sealed record SigningKey(string Id, byte[] Secret)
{
    /// <summary>Shorter secrets make HMAC guessable; 16 bytes is the floor, 32 random bytes is the norm.</summary>
    public const int MinSecretBytes = 16;

    private const string IdAlphabet = "abcdefghijklmnopqrstuvwxyz234567";

    public string Id { get; } = ValidId(Id);

    public byte[] Secret { get; } = ValidSecret(Secret);

    // Keeps the secret out of logs and exception messages that print the record.
    private bool PrintMembers(System.Text.StringBuilder builder)
    {
        builder.Append("Id = ").Append(Id);
        return true;
    }

    private static string ValidId(string id) =>
        id is { Length: 1 } && IdAlphabet.Contains(id[0], StringComparison.Ordinal)
            ? id
            : throw new ArgumentException("A signing key id is one character from a-z or 2-7.", nameof(id));

    private static byte[] ValidSecret(byte[] secret) =>
        secret is { Length: >= MinSecretBytes }
            ? secret
            : throw new ArgumentException($"A signing secret needs at least {MinSecretBytes} bytes.", nameof(secret));
}
