namespace FeedbackCollector.Core.Tokens;

/// <summary>
/// Signs and verifies the tokens in star links and reply-to addresses. Tokens are issued with the
/// current key and verified against the current and the previous one, so rotating the secret
/// does not break links already in customers' inboxes.
/// </summary>
public sealed class AskTokens
{
    /// <summary>Longer inputs are refused before any decoding or hashing: a token is never this long.</summary>
    public const int MaxTokenLength = 512;

    /// <summary>The compact form is always exactly this long, which leaves room for a short prefix in a 64-character local part.</summary>
    public const int CompactLength = CompactTokenFormat.Length;

    private readonly SigningKey _current;
    private readonly SigningKey? _previous;

    /// <summary>The key new tokens are signed with (owner tokens share the keys under their own purpose).</summary>
    internal SigningKey Current => _current;

    internal SigningKey? Previous => _previous;

    public AskTokens(SigningKey current, SigningKey? previous = null)
    {
        ArgumentNullException.ThrowIfNull(current);
        // The same id is allowed: a plain secret rotated to another plain secret keeps the id "a", and both are tried.
        _current = current;
        _previous = previous;
    }

    /// <summary>
    /// The URL-safe long form (base64url and dots) without a purpose, as issued before issue 15; still verified for
    /// star, unsubscribe and review links. New emails use <see cref="Issue(string, string, DateTimeOffset, TokenPurpose)"/>.
    /// </summary>
    /// <param name="customerId">1–100 printable ASCII characters without spaces or '|'.</param>
    /// <param name="askId">1–100 printable ASCII characters without spaces or '|'.</param>
    /// <param name="expiresAt">Kept to the second; the token is valid strictly before it.</param>
    public string Issue(string customerId, string askId, DateTimeOffset expiresAt)
    {
        RequireId(LongTokenFormat.IsValidId(customerId), nameof(customerId));
        RequireId(LongTokenFormat.IsValidId(askId), nameof(askId));
        return LongTokenFormat.Encode(_current, customerId, askId, expiresAt.ToUnixTimeSeconds());
    }

    /// <summary>
    /// The compact form for a reply-to local part: <see cref="CompactLength"/> characters of
    /// [a-z2-7], valid in any case. Ids must be as <see cref="Model.AskId"/> makes them
    /// ("c"/"a" + 20 base32 characters). The expiry is rounded up to the next UTC midnight.
    /// </summary>
    public string IssueCompact(string customerId, string askId, DateTimeOffset expiresAt)
    {
        RequireId(CompactTokenFormat.IsCompactId(customerId, 'c'), nameof(customerId));
        RequireId(CompactTokenFormat.IsCompactId(askId, 'a'), nameof(askId));
        var days = CompactTokenFormat.ExpiryDays(expiresAt)
            ?? throw new ArgumentOutOfRangeException(nameof(expiresAt), "A compact token expires between 1970 and the year 4840.");
        return CompactTokenFormat.Encode(_current, customerId, askId, days);
    }

    /// <summary>
    /// A token for one purpose: the long form for star, unsubscribe and review links, its MAC bound to the purpose
    /// (the form tag "long-star" etc.), so a star token does not work on /u/ or /r/; the compact form for the
    /// reply-to address, which only <see cref="TokenPurpose.Reply"/> accepts (by its shape).
    /// </summary>
    public string Issue(string customerId, string askId, DateTimeOffset expiresAt, TokenPurpose purpose)
    {
        if (purpose == TokenPurpose.Reply) return IssueCompact(customerId, askId, expiresAt);
        RequireId(LongTokenFormat.IsValidId(customerId), nameof(customerId));
        RequireId(LongTokenFormat.IsValidId(askId), nameof(askId));
        return LongTokenFormat.Encode(_current, customerId, askId, expiresAt.ToUnixTimeSeconds(), LongTokenFormat.FormFor(purpose));
    }

    /// <summary>
    /// Checks a token presented for <paramref name="purpose"/>. Order: shape (Malformed; a compact token anywhere
    /// but a reply address, or a long one in a reply address), key id (UnknownKey), MAC in constant time (Tampered:
    /// also a long token issued for another purpose), then expiry (Expired). Never throws.
    /// A long token issued before purposes existed (form "long", the same token in the star, unsubscribe and review
    /// links of one email) is still accepted for those three purposes, so links already in inboxes keep working
    /// until they expire; it is never accepted as a reply address.
    /// </summary>
    public TokenCheck Verify(string token, DateTimeOffset now, TokenPurpose purpose)
    {
        if (string.IsNullOrEmpty(token) || token.Length > MaxTokenLength) return TokenCheck.Refused(TokenStatus.Malformed);
        var isLong = token.Contains('.', StringComparison.Ordinal);
        if (isLong == (purpose == TokenPurpose.Reply)) return TokenCheck.Refused(TokenStatus.Malformed);
        return isLong
            ? Check(LongTokenFormat.TryParse(token), now, LongTokenFormat.FormFor(purpose), LongTokenFormat.Form)
            : Check(CompactTokenFormat.TryParse(token), now, CompactTokenFormat.Form);
    }

    /// <summary>
    /// Checks either form for any purpose: the shape of the token before issue 15 bound tokens to a purpose.
    /// Kept for tests of the formats; every page and handler states its purpose.
    /// </summary>
    internal TokenCheck Verify(string token, DateTimeOffset now)
    {
        if (string.IsNullOrEmpty(token) || token.Length > MaxTokenLength) return TokenCheck.Refused(TokenStatus.Malformed);
        var isLong = token.Contains('.', StringComparison.Ordinal);
        return isLong
            ? Check(LongTokenFormat.TryParse(token), now, LongTokenFormat.Form,
                LongTokenFormat.FormFor(TokenPurpose.Star), LongTokenFormat.FormFor(TokenPurpose.Unsubscribe), LongTokenFormat.FormFor(TokenPurpose.Review))
            : Check(CompactTokenFormat.TryParse(token), now, CompactTokenFormat.Form);
    }

    private TokenCheck Check(TokenClaims? claims, DateTimeOffset now, params string[] forms)
    {
        if (claims is null) return TokenCheck.Refused(TokenStatus.Malformed);
        var known = claims.KeyId == _current.Id || claims.KeyId == _previous?.Id;
        if (!known) return TokenCheck.Refused(TokenStatus.UnknownKey);
        var matches = forms.Any(form => (claims.KeyId == _current.Id && TokenMac.Matches(form, _current, claims))
            || (_previous is not null && claims.KeyId == _previous.Id && TokenMac.Matches(form, _previous, claims)));
        if (!matches) return TokenCheck.Refused(TokenStatus.Tampered);
        var status = now < claims.ExpiresAt ? TokenStatus.Valid : TokenStatus.Expired;
        return new TokenCheck(status, claims.CustomerId, claims.AskId, claims.ExpiresAt);
    }

    private static void RequireId(bool ok, string name)
    {
        if (!ok) throw new ArgumentException("This id cannot go into a token (see the parameter's documentation).", name);
    }
}
