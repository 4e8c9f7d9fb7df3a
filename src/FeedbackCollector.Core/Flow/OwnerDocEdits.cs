using System.Security.Cryptography;
using System.Text;
using FeedbackCollector.Core.Ports;
using FeedbackCollector.Core.Rules;

namespace FeedbackCollector.Core.Flow;

/// <summary>
/// Every way an owner doc arrives (a Drive sync, or an upload of rules.txt / voice.txt to the rules area's
/// incoming/ key by console, CLI or script) goes through <see cref="OwnerDocs"/>' one validation: the last good
/// version stays, and a rejected edit reaches the owner once, with its line-numbered problems. A hash of the last
/// text checked (checked/{doc}.sha256) makes an unchanged upload a no-op on the next run.
/// </summary>
public sealed class OwnerDocEdits(OwnerDocs docs, IBlobStore blobs, IOwnerNotifier owner)
{
    /// <summary>At most this many problems are listed in the owner's note; the rest are counted.</summary>
    public const int ProblemsShown = 20;

    public static string CheckedKey(string doc) => $"checked/{doc}.sha256";

    /// <summary>Validates one edit (kept as received either way) and tells the owner when it was refused.</summary>
    public async Task<DocUpdate> ApplyAsync(string doc, string text, CancellationToken ct = default)
    {
        var update = doc switch
        {
            OwnerDocs.RulesName => await docs.UpdateRulesAsync(text, ct),
            OwnerDocs.VoiceName => await docs.UpdateVoiceAsync(text, ct),
            _ => throw new ArgumentOutOfRangeException(nameof(doc), doc, "not an owner doc"),
        };
        await blobs.PutAsync(BlobArea.Rules, CheckedKey(doc), Encoding.ASCII.GetBytes(Hash(text)), "text/plain", ct);
        if (!update.Accepted) update = update with { OwnerTold = await TellOwnerAsync(update, ct) };
        return update;
    }

    /// <summary>Validates each uploaded doc whose text changed since it was last checked.</summary>
    public async Task<IReadOnlyList<DocUpdate>> CheckUploadsAsync(CancellationToken ct = default)
    {
        var updates = new List<DocUpdate>();
        foreach (var doc in new[] { OwnerDocs.RulesName, OwnerDocs.VoiceName })
        {
            if (await blobs.GetAsync(BlobArea.Rules, OwnerDocs.IncomingKey(doc), ct) is not { } bytes) continue;
            var text = Encoding.UTF8.GetString(bytes, 0, Math.Min(bytes.Length, OwnerDocs.MaxDocBytes));
            var seen = await blobs.GetAsync(BlobArea.Rules, CheckedKey(doc), ct);
            if (seen is not null && Encoding.ASCII.GetString(seen) == Hash(text)) continue;
            updates.Add(await ApplyAsync(doc, text, ct));
        }
        return updates;
    }

    private async Task<SendResult> TellOwnerAsync(DocUpdate update, CancellationToken ct)
    {
        var errors = update.Problems.Where(p => p.Severity == ProblemSeverity.Error).ToList();
        var lines = errors.Take(ProblemsShown).Select(p => p.ToString()).ToList();
        if (errors.Count > ProblemsShown) lines.Add($"… and {errors.Count - ProblemsShown} more");
        var text = $"Your latest {update.Doc} was not applied; the previous version stays in force until these lines are fixed:\n"
            + string.Join('\n', lines);
        return await owner.NotifyAsync(new OwnerPing("owner", update.Doc, $"{update.Doc} has problems", text, []), ct);
    }

    private static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
