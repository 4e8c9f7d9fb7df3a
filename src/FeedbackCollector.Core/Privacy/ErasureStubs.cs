using System.Security.Cryptography;
using System.Text;
using FeedbackCollector.Core.Flow;
using FeedbackCollector.Core.Model;

namespace FeedbackCollector.Core.Privacy;

/// <summary>
/// What an erasure on request leaves behind: each of the customer's rows re-keyed to one stub id and stripped of
/// everything that names or quotes them (name, email, phone, written words, raw blob keys, details), keeping only
/// what the month's figures read (when an ask went, its visit type, when and in which bucket it was answered, the
/// moves). So the owner's summary for a month does not change when a customer is erased from it.
/// </summary>
public static class ErasureStubs
{
    public const string StubPrefix = "x";
    public const string ErasedNote = "erased on request";

    /// <summary>
    /// The stub id: a hash of the erased asks' ids (source ids of visits, not contact details), so a retried erasure of
    /// the same rows lands on the same stub rows and writes nothing twice; it cannot be recomputed from an email.
    /// </summary>
    public static string StubId(IEnumerable<string> askIds)
    {
        ArgumentNullException.ThrowIfNull(askIds);
        var joined = "erased|" + string.Join('|', askIds.Order(StringComparer.Ordinal));
        return StubPrefix + Base32.Encode(SHA256.HashData(Encoding.UTF8.GetBytes(joined)))[..20];
    }

    /// <summary>The ask without its customer; one still waiting is closed (its schedule is gone with the erasure).</summary>
    public static Ask Ask(Ask ask, string stubId)
    {
        ArgumentNullException.ThrowIfNull(ask);
        return ask with
        {
            CustomerId = stubId,
            Customer = new Customer(stubId, "", null, null),
            Status = ask.Status == AskStatus.Answered ? AskStatus.Answered : AskStatus.Closed,
            ScheduleName = null,
            LastError = ErasedNote,
        };
    }

    /// <summary>The answer's bucket and time; a tap's stars stay (a number), written words and the MIME's key go.</summary>
    public static Feedback Answer(Feedback answer, string stubId)
    {
        ArgumentNullException.ThrowIfNull(answer);
        return answer with { CustomerId = stubId, Raw = answer.Channel == Channel.Tap ? answer.Raw : "", RawKey = null };
    }

    /// <summary>The move as it was, without the customer and the detail text (which may quote a number or words).</summary>
    public static AuditEntry Move(AuditEntry entry, string stubId)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return entry with { CustomerId = stubId, Detail = null };
    }

    /// <summary>The record of the erasure itself, on the stub.</summary>
    public static AuditEntry Erased(string stubId, string askId, DateTimeOffset at) =>
        new(stubId, at, askId, null, Model.Move.Erased, null, CollectorSettings.SystemUser, ErasedNote);

    /// <summary>
    /// The suppression key that keeps honouring an erased customer's unsubscribe without naming them: a SHA-256 of the
    /// usual key, written as an address of the reserved .invalid domain so every suppression list keeps it as it is.
    /// </summary>
    public static string SuppressionHash(string address)
    {
        // Hashed on the stack: an import asks this of every address it plans (100,000 in one run).
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        TextHash.Sha256(SuppressionKey.For(address), hash);
        Span<char> text = stackalloc char[(2 * SHA256.HashSizeInBytes) + ErasedDomain.Length];
        Convert.TryToHexStringLower(hash, text, out var written);
        ErasedDomain.CopyTo(text[written..]);
        return new string(text);
    }

    private const string ErasedDomain = "@erased.invalid";
}
