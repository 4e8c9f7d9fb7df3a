using System.Buffers.Text;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Unicode;

namespace FeedbackCollector.Core.Tokens;

/// <summary>What an owner token checked out as; the claims are filled only when the signature matched (Valid or Expired).</summary>
public sealed record OwnerTokenCheck(TokenStatus Status, string? CustomerId, string? AskId, OwnerTokenAction? Action, DateTimeOffset? ExpiresAt)
{
    public bool IsValid => Status == TokenStatus.Valid;
}

/// <summary>
/// The owner's one-tap decision links (daily digest, owner ping): <c>{key id}.{base64url(customer|ask|action|expiry)}.{base64url(MAC)}</c>,
/// signed with the star links' keys under their own purpose ("fc-owner-token"). A star token can never pass as an
/// owner token nor the other way round: the payloads have a different number of fields and the MACs a different
/// purpose. Each token allows one action on one answer until it expires.
/// </summary>
public sealed class OwnerTokens(AskTokens keys)
{
    /// <summary>How long a digest or ping link works: two weeks of an owner's inbox.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(14);

    private const string Purpose = "fc-owner-token";
    private const int MacBytes = 32;

    public string Issue(string customerId, string askId, OwnerTokenAction action, DateTimeOffset expiresAt)
    {
        if (!IsValidId(customerId)) throw new ArgumentException("This id cannot go into a token.", nameof(customerId));
        if (!IsValidId(askId)) throw new ArgumentException("This id cannot go into a token.", nameof(askId));
        var key = keys.Current;
        var expires = expiresAt.ToUnixTimeSeconds();
        var payload = string.Join('|', customerId, askId, Word(action), expires.ToString(CultureInfo.InvariantCulture));
        return key.Id + "." + Base64Url.EncodeToString(Encoding.UTF8.GetBytes(payload)) + "." + Base64Url.EncodeToString(Mac(key, payload));
    }

    /// <summary>Shape (Malformed), key id (UnknownKey), MAC in constant time (Tampered), then expiry (Expired). Never throws.</summary>
    public OwnerTokenCheck Verify(string token, DateTimeOffset now)
    {
        if (string.IsNullOrEmpty(token) || token.Length > AskTokens.MaxTokenLength) return Refused(TokenStatus.Malformed);
        var parts = token.Split('.');
        if (parts.Length != 3 || !TokenAlphabet.IsKeyId(parts[0])) return Refused(TokenStatus.Malformed);
        var payloadBytes = LongTokenFormat.StrictDecode(parts[1]);
        var mac = LongTokenFormat.StrictDecode(parts[2]);
        if (payloadBytes is null || mac is not { Length: MacBytes } || !Utf8.IsValid(payloadBytes)) return Refused(TokenStatus.Malformed);
        var payload = Encoding.UTF8.GetString(payloadBytes);
        if (Parse(payload) is not { } claims) return Refused(TokenStatus.Malformed);
        var id = parts[0];
        if (id != keys.Current.Id && id != keys.Previous?.Id) return Refused(TokenStatus.UnknownKey);
        var matches = (id == keys.Current.Id && CryptographicOperations.FixedTimeEquals(Mac(keys.Current, payload), mac))
            || (keys.Previous is { } previous && id == previous.Id && CryptographicOperations.FixedTimeEquals(Mac(previous, payload), mac));
        if (!matches) return Refused(TokenStatus.Tampered);
        var expiresAt = DateTimeOffset.FromUnixTimeSeconds(claims.Expires);
        return new OwnerTokenCheck(now < expiresAt ? TokenStatus.Valid : TokenStatus.Expired, claims.CustomerId, claims.AskId, claims.Action, expiresAt);
    }

    private static OwnerTokenCheck Refused(TokenStatus status) => new(status, null, null, null, null);

    private static byte[] Mac(SigningKey key, string payload) => TokenMac.Sign(key, Purpose + "|" + key.Id + "|" + payload);

    private static (string CustomerId, string AskId, OwnerTokenAction Action, long Expires)? Parse(string payload)
    {
        var f = payload.Split('|');
        if (f.Length != 4 || !IsValidId(f[0]) || !IsValidId(f[1]) || Action(f[2]) is not { } action) return null;
        if (!long.TryParse(f[3], NumberStyles.None, CultureInfo.InvariantCulture, out var expires)
            || expires.ToString(CultureInfo.InvariantCulture) != f[3] || expires > DateTimeOffset.MaxValue.ToUnixTimeSeconds()) return null;
        return (f[0], f[1], action, expires);
    }

    private static bool IsValidId(string? id) => LongTokenFormat.IsValidId(id);

    private static string Word(OwnerTokenAction action) => action switch
    {
        OwnerTokenAction.Happy => "happy",
        OwnerTokenAction.Unhappy => "unhappy",
        OwnerTokenAction.Dismiss => "dismiss",
        _ => "resolve",
    };

    private static OwnerTokenAction? Action(string word) => word switch
    {
        "happy" => OwnerTokenAction.Happy,
        "unhappy" => OwnerTokenAction.Unhappy,
        "dismiss" => OwnerTokenAction.Dismiss,
        "resolve" => OwnerTokenAction.Resolve,
        _ => null,
    };
}
