using FeedbackCollector.Core.Tokens;
using FsCheck;
using FsCheck.Fluent;

namespace FeedbackCollector.Core.Tests.Tokens;

/// <summary>Generators and keys shared by the token property tests.</summary>
internal static class TokenGenerators
{
    public const string Base32 = "abcdefghijklmnopqrstuvwxyz234567";
    public static readonly DateTimeOffset Epoch = DateTimeOffset.UnixEpoch;

    public static SigningKey Key(char id, byte fill) => new(id.ToString(), Enumerable.Repeat(fill, 32).ToArray());

    public static readonly SigningKey KeyA = Key('a', 1);
    public static readonly SigningKey KeyB = Key('b', 2);
    public static readonly SigningKey KeyC = Key('c', 3);

    /// <summary>Printable ASCII without '|' or space, 1 to 40 characters.</summary>
    public static Gen<string> LongId =>
        from length in Gen.Choose(1, 40)
        from chars in Gen.ArrayOf(Gen.Choose(0x21, 0x7E).Where(c => c != '|').Select(c => (char)c), length)
        select new string(chars);

    /// <summary>Ids as AskId makes them: the prefix and 20 lower-case base32 characters.</summary>
    public static Gen<string> CompactId(char prefix) =>
        Gen.ArrayOf(Gen.Elements(Base32.ToCharArray()), 20).Select(chars => prefix + new string(chars));

    /// <summary>Any second from 1970 to about the year 4700.</summary>
    public static Gen<DateTimeOffset> Expiry =>
        from days in Gen.Choose(0, 1_000_000)
        from seconds in Gen.Choose(1, 86_399)
        select Epoch.AddDays(days).AddSeconds(seconds);

    /// <summary>Characters to substitute: alphabet, upper case, digits, URL and mail specials, look-alikes.</summary>
    public static Gen<char> AnyChar =>
        Gen.OneOf(
            Gen.Elements((Base32 + "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.=+/|~ ").ToCharArray()),
            Gen.Elements('\u212A', '\u0130', '\u017F', '\u00E9', '\0'),
            Gen.Choose(0x80, 0x2FFF).Select(c => (char)c));

    public sealed record Claims(string CustomerId, string AskId, DateTimeOffset ExpiresAt);

    public static Gen<Claims> LongClaims =>
        from c in LongId from a in LongId from e in Expiry select new Claims(c, a, e);

    public static Gen<Claims> CompactClaims =>
        from c in CompactId('c') from a in CompactId('a') from e in Expiry select new Claims(c, a, e);

    public static DateTimeOffset WholeSeconds(DateTimeOffset t) => DateTimeOffset.FromUnixTimeSeconds(t.ToUnixTimeSeconds());
}
