using FeedbackCollector.Core.Flow;
using FeedbackCollector.Core.Model;
using FeedbackCollector.Core.Ports;
using FeedbackCollector.Core.Privacy;

namespace FeedbackCollector.App.Privacy;

/// <summary>
/// A customer's request to see or erase what is held about them (PDPA, GDPR), by email or phone, on both runtimes.
/// Erasure re-keys each of their rows to a stub without personal data (<see cref="ErasureStubs"/>), so the month's
/// figures stay as they were, then removes the originals, the pending and past schedules of their asks, the raw
/// webhook bodies and MIME that name them, and the runtime's other traces (locally: outboxes, customers.csv rows). An
/// unsubscribe or bounce is kept as a hash only, so it is still honoured. Each step is idempotent: a retried
/// erasure after a crash finishes the job without writing a stub twice.
/// </summary>
public sealed class CustomerErasure(
    IAskStore asks, IFeedbackStore feedback, IAuditLog audit, ISuppressionList suppression, IBlobStore blobs,
    IAskScheduler scheduler, IContactTraces traces, OwnerDocs docs, string? phoneRegion, TimeProvider time)
{
    private static readonly AskStatus[] Statuses = [AskStatus.Pending, AskStatus.Sent, AskStatus.Answered, AskStatus.Closed];

    /// <summary>Everything held about the contact.</summary>
    public async Task<CustomerExport> ExportAsync(string contact, CancellationToken ct = default)
    {
        var (matcher, held) = await HeldAsync(contact, ct);
        var answers = new List<Feedback>();
        var moves = new List<AuditEntry>();
        foreach (var ask in held)
        {
            if (await feedback.GetAsync(ask.CustomerId, ask.AskId, ct) is { } answer) answers.Add(answer);
            moves.AddRange(await audit.ListForAskAsync(ask.CustomerId, ask.AskId, ct));
        }
        var raw = (await RawBlobsAsync(matcher, ct)).Select(b => $"{b.Area}/{b.Key}").ToList();
        return new CustomerExport(matcher.Contact, [.. held.Select(a => a.CustomerId).Distinct()], held, answers, moves,
            await SuppressedAsync(matcher, held, ct), raw, await traces.FindAsync(matcher, ct));
    }

    /// <summary>Erases the contact's data; a second call finds nothing left and reports zeros.</summary>
    public async Task<ErasureReport> EraseAsync(string contact, CancellationToken ct = default)
    {
        var (matcher, held) = await HeldAsync(contact, ct);
        var kept = await KeepSuppressionAsHashAsync(await SuppressedAsync(matcher, held, ct), ct);
        var stubId = held.Count == 0 ? null : ErasureStubs.StubId(held.Select(a => a.AskId));
        var counts = new Counts();
        foreach (var ask in held) await EraseAskAsync(ask, stubId!, counts, ct);
        var blobCount = counts.Blobs + await EraseBlobsAsync(matcher, ct);
        var traceCount = await traces.EraseAsync(matcher, ct);
        return new ErasureReport(matcher.Contact, held.Select(a => a.CustomerId).Distinct().Count(), held.Count, counts.Answers,
            counts.Moves, counts.Schedules, blobCount, traceCount, kept, stubId);
    }

    // The contact as given, then also by the ids their asks are kept under, for the blobs and traces that name ids.
    private async Task<(ContactMatcher Matcher, List<Ask> Held)> HeldAsync(string contact, CancellationToken ct)
    {
        var region = (await docs.LoadAsync(ct)).Rules.Holidays.Country ?? phoneRegion;
        var (matcher, problem) = ContactMatcher.Parse(contact, region);
        if (matcher is null) throw new PrivacyRequestException(problem!);
        var held = await FindAsksAsync(matcher, ct);
        return (matcher.WithCustomerIds(held.Select(a => a.CustomerId)), held);
    }

    // Every ask of every customer id the contact is found under: by email, by phone-only id, or as the phone of a
    // customer keyed by email. A scan of the asks: erasure is rare, and an index by phone would itself be personal data.
    private async Task<List<Ask>> FindAsksAsync(ContactMatcher matcher, CancellationToken ct)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal) { matcher.DirectCustomerId };
        foreach (var status in Statuses)
        {
            foreach (var ask in await asks.ListByStatusAsync(status, ct)) if (matcher.Names(ask.Customer)) ids.Add(ask.CustomerId);
        }
        var found = new List<Ask>();
        foreach (var id in ids.Order(StringComparer.Ordinal)) found.AddRange(await asks.ListForCustomerAsync(id, ct));
        return [.. found.DistinctBy(a => (a.CustomerId, a.AskId))];
    }

    private async Task EraseAskAsync(Ask ask, string stubId, Counts counts, CancellationToken ct)
    {
        foreach (var name in new[] { JobNames.SendAsk(ask.AskId), JobNames.FollowUp(ask.AskId), ask.ScheduleName }.OfType<string>().Distinct())
        {
            if (await scheduler.ForgetAsync(name, ct)) counts.Schedules++;
        }
        await asks.TryAddAsync(ErasureStubs.Ask(ask, stubId), ct);
        if (await feedback.GetAsync(ask.CustomerId, ask.AskId, ct) is { } answer)
        {
            await feedback.TryAddAsync(ErasureStubs.Answer(answer, stubId), ct);
            if (answer.RawKey is { } key && await blobs.DeleteAsync(BlobArea.RawMime, key, ct)) counts.Blobs++;
            if (await feedback.DeleteAsync(ask.CustomerId, ask.AskId, ct)) counts.Answers++;
        }
        var already = (await audit.ListForAskAsync(stubId, ask.AskId, ct)).Select(e => (e.Ts, e.Move)).ToHashSet();
        foreach (var move in await audit.ListForAskAsync(ask.CustomerId, ask.AskId, ct))
        {
            if (already.Add((move.Ts, move.Move))) await audit.AppendAsync(ErasureStubs.Move(move, stubId), ct);
        }
        if (!already.Any(e => e.Move == Move.Erased)) await audit.AppendAsync(ErasureStubs.Erased(stubId, ask.AskId, time.GetUtcNow()), ct);
        counts.Moves += await audit.DeleteForAskAsync(ask.CustomerId, ask.AskId, ct);
        await asks.DeleteAsync(ask.CustomerId, ask.AskId, ct);
    }

    private async Task<List<string>> SuppressedAsync(ContactMatcher matcher, List<Ask> held, CancellationToken ct)
    {
        var addresses = held.SelectMany(a => new[] { a.Customer.Email, a.Customer.Phone })
            .Append(matcher.Email).Append(matcher.Phone).OfType<string>()
            .Select(SuppressionKey.For).Where(k => k.Length > 0).Distinct(StringComparer.Ordinal);
        var listed = new List<string>();
        foreach (var address in addresses) if (await suppression.IsSuppressedAsync(address, ct)) listed.Add(address);
        return listed;
    }

    // The hash is written before the address is removed, so a crash between the two never leaves them mailable.
    private async Task<bool> KeepSuppressionAsHashAsync(List<string> listed, CancellationToken ct)
    {
        foreach (var address in listed)
        {
            await suppression.AddAsync(ErasureStubs.SuppressionHash(address), "erased; kept as a hash", time.GetUtcNow(), ct);
            await suppression.RemoveAsync(address, ct);
        }
        return listed.Count > 0;
    }

    private async Task<int> EraseBlobsAsync(ContactMatcher matcher, CancellationToken ct)
    {
        var count = 0;
        foreach (var (area, key, _) in await RawBlobsAsync(matcher, ct))
        {
            if (await blobs.DeleteAsync(area, key, ct)) count++;
        }
        return count + await BlankCustomerListAsync(matcher, ct);
    }

    /// <summary>
    /// The customer list kept as a blob (drive-sync's customers.csv mirror, versioned on AWS), when it names the
    /// customer, is written again with their rows blanked after every earlier version is removed: an older version
    /// restored would otherwise bring them back. Every other row stays, so planning the list again plans nothing new.
    /// </summary>
    private async Task<int> BlankCustomerListAsync(ContactMatcher matcher, CancellationToken ct)
    {
        const string key = CustomerList.CustomerListPlanning.MirrorKey;
        if (await blobs.GetAsync(BlobArea.Customers, key, ct) is not { } content) return 0;
        var (blanked, lines) = RowBlanking.Blank(content, matcher);
        if (lines == 0) return 0;
        await blobs.DeleteAsync(BlobArea.Customers, key, ct);
        await blobs.PutAsync(BlobArea.Customers, key, blanked, "text/csv", ct);
        return 1;
    }

    // Raw webhook bodies (Inbox; the ".done" outcomes name nobody and keep a redelivery from planning again) and raw MIME.
    // Read one by one: erasure is rare, and nothing indexes raw input by contact. The customer list mirror in the Customers
    // area is blanked row by row above; the local customers.csv is a trace of the local runtime (IContactTraces).
    private async Task<List<(BlobArea Area, string Key, byte[] Content)>> RawBlobsAsync(ContactMatcher matcher, CancellationToken ct)
    {
        var found = new List<(BlobArea, string, byte[])>();
        foreach (var area in new[] { BlobArea.Inbox, BlobArea.RawMime })
        {
            foreach (var key in await blobs.ListAsync(area, "", ct))
            {
                if (area == BlobArea.Inbox && key.EndsWith(".done", StringComparison.Ordinal)) continue;
                if (await blobs.GetAsync(area, key, ct) is { } content && matcher.Names(System.Text.Encoding.UTF8.GetString(content)))
                {
                    found.Add((area, key, content));
                }
            }
        }
        return found;
    }

    private sealed class Counts
    {
        public int Answers { get; set; }
        public int Moves { get; set; }
        public int Schedules { get; set; }
        public int Blobs { get; set; }
    }
}
