using System.Text;
using FeedbackCollector.Core.Model;
using FeedbackCollector.Core.Ports;
using FeedbackCollector.Core.Sweeps;

namespace FeedbackCollector.Core.Flow;

public enum DigestStatus { Sent, NothingToSend, AlreadySent, Failed }

/// <param name="Retry">True when the owner channel failed transiently: run again.</param>
public sealed record DigestOutcome(string Day, DigestStatus Status, int Unclear, int Complaints, bool Retry, string? Detail = null);

/// <summary>
/// The daily digest to the owner, after the sweep: only when something needs them, at most one per local day. The
/// day's natural key is the blob digests/yyyy-MM-dd.txt in the rules area, written after the digest went out (as the
/// monthly summary's); a retried digest has the same Message-ID, so an outbox keeps one.
/// </summary>
public sealed class OwnerDigestJob(
    IAskStore asks, IFeedbackStore feedback, IAuditLog audit, IBlobStore blobs, IOwnerNotifier owner, OwnerDocs docs,
    OwnerLinks links, CollectorSettings settings, TimeProvider time)
{
    public static string DigestKey(string day) => $"digests/{day}.txt";

    /// <param name="unclear">The sweep's unclear answers still waiting for a person.</param>
    public async Task<DigestOutcome> RunAsync(IReadOnlyList<UnclearItem> unclear, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(unclear);
        var now = time.GetUtcNow();
        var rules = (await docs.LoadAsync(ct)).Rules;
        var day = OwnerDigest.Key(now, rules.TimeZone);
        if (await blobs.GetAsync(BlobArea.Rules, DigestKey(day), ct) is not null)
            return new DigestOutcome(day, DigestStatus.AlreadySent, unclear.Count, 0, false);
        var complaints = await ComplaintsAsync(now, ct);
        var digest = OwnerDigest.Compose(unclear, complaints, rules.BusinessName, rules.TimeZone, now,
            (customerId, askId, action) => links.Decision(customerId, askId, action, now));
        if (digest is null) return new DigestOutcome(day, DigestStatus.NothingToSend, 0, 0, false);
        var sent = await owner.NotifyAsync(digest, ct);
        if (!sent.Sent) return new DigestOutcome(day, DigestStatus.Failed, unclear.Count, complaints.Count, sent.Transient, sent.Error);
        await blobs.PutAsync(BlobArea.Rules, DigestKey(day), Encoding.UTF8.GetBytes(digest.Subject + " via " + sent.ProviderId),
            "text/plain; charset=utf-8", ct);
        return new DigestOutcome(day, DigestStatus.Sent, unclear.Count, complaints.Count, false, sent.ProviderId);
    }

    private async Task<List<DigestComplaint>> ComplaintsAsync(DateTimeOffset now, CancellationToken ct)
    {
        var since = now - settings.UnclearLookback;
        var answers = await feedback.ListReceivedAsync(since, now.AddTicks(1), ct);
        var open = OpenComplaints.OlderThan(answers, await audit.ListAsync(since, now.AddTicks(1), ct), now, OpenComplaints.DigestAge);
        var found = new List<DigestComplaint>(open.Count);
        foreach (var c in open) found.Add(new DigestComplaint(c, await asks.GetAsync(c.Answer.CustomerId, c.Answer.AskId, ct)));
        return found;
    }
}
