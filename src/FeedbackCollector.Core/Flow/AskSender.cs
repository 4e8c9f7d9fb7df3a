using FeedbackCollector.Core.Model;
using FeedbackCollector.Core.Ports;
using FeedbackCollector.Core.Sweeps;

namespace FeedbackCollector.Core.Flow;

/// <summary>
/// Runs a due SendAsk or FollowUp job. The attempt is recorded before sending by a conditional write
/// that only one caller can win (Pending→Sent with SentAt for the ask; FollowUpSentAt for the
/// follow-up), so a job delivered twice sends once, and the success after sending (an AskSent audit
/// entry). A claimed ask without that entry is a run that died mid-send: once it is older than
/// ResendAfter, a rerun of the job hands the same message (same Message-ID) to the mailer again, so no ask is lost;
/// a mailer that cannot tell the recipient has it already (the SMTP relay's journal, SES after a dropped
/// answer) reports it sent-unconfirmed instead of sending twice, and that is audited. A failure is
/// recorded on the ask; a transient one puts the ask back to Pending so a later run sends it (the
/// follow-up is at most one, so a failed follow-up is recorded and not retried).
/// </summary>
public sealed class AskSender(
    IAskStore asks, IFeedbackStore feedback, ISuppressionList suppression, IMailer mailer, ISmsSender sms,
    IAuditLog audit, OwnerDocs docs, AskMessages messages, CollectorSettings settings, TimeProvider time)
{
    public Task<SendOutcome> RunAsync(ScheduledJob job, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(job);
        return job.Kind == JobKind.FollowUp ? FollowUpAsync(job, ct) : AskAsync(job, ct);
    }

    private async Task<SendOutcome> AskAsync(ScheduledJob job, CancellationToken ct)
    {
        var ask = await asks.GetAsync(job.CustomerId, job.AskId, ct);
        if (ask is null) return SendOutcome.Skip("no such ask");
        if (ask.Status == AskStatus.Sent) return await RecoverAsync(ask, ct);
        if (ask.Status != AskStatus.Pending) return SendOutcome.Skip($"ask is {ask.Status.ToString().ToLowerInvariant()}, not pending");
        var current = await docs.LoadAsync(ct);
        var now = time.GetUtcNow();
        if (now >= AskLifetime.ExpiresAt(ask, current.Rules)) return await CloseAsync(ask, "its links expired before it could be sent", ct);
        var channel = ChannelFor(ask.Customer);
        if (channel is null) return await CloseAsync(ask, NoChannel, ct);
        if (await suppression.IsSuppressedAsync(channel.Value.Address, ct)) return await CloseAsync(ask, "suppressed", ct, SendStatus.Suppressed);
        // The message is built before the claim: a failure while building must leave the ask Pending.
        var prepared = Prepare(ask, channel.Value, current);
        if (!await asks.TryTransitionAsync(ask.CustomerId, ask.AskId, AskStatus.Pending, AskStatus.Sent, new AskChange(SentAt: now), ct))
        {
            return SendOutcome.Skip("another run already claimed this ask");
        }
        return await SendClaimedAsync(ask, prepared, ct);
    }

    // Runs only for the one caller whose Pending→Sent claim succeeded.
    private PreparedSend Prepare(Ask ask, (string Via, string Address) channel, OwnerDocSet current) =>
        channel.Via == "sms"
            ? new PreparedSend(channel.Via, channel.Address, null, messages.AskSms(ask, current))
            : new PreparedSend(channel.Via, channel.Address, messages.AskEmail(ask, current), null);

    private async Task<SendOutcome> SendClaimedAsync(Ask ask, PreparedSend channel, CancellationToken ct)
    {
        var result = channel.Email is null
            ? await sms.SendAsync(channel.Address, channel.Sms!, ct)
            : await mailer.SendAsync(channel.Email, ct);
        if (result.Sent)
        {
            await AuditAsync(ask, Move.AskSent, channel.Via, SentDetail(result) ?? result.ProviderId, ct);
            return new SendOutcome(SendStatus.Sent, false, channel.Via, SentDetail(result));
        }
        await asks.RecordErrorAsync(ask.CustomerId, ask.AskId, Describe(result), ct);
        if (result.Transient)
        {
            await asks.TryTransitionAsync(ask.CustomerId, ask.AskId, AskStatus.Sent, AskStatus.Pending, new AskChange(), ct);
            return new SendOutcome(SendStatus.Failed, true, channel.Via, result.Error);
        }
        await asks.TryTransitionAsync(ask.CustomerId, ask.AskId, AskStatus.Sent, AskStatus.Closed, new AskChange(), ct);
        await AuditAsync(ask, Move.Closed, null, "send failed permanently: " + result.Error, ct);
        return new SendOutcome(SendStatus.Failed, false, channel.Via, result.Error);
    }

    // The ask was claimed but its success never recorded. A recent claim may still be sending, so the
    // job is retried later rather than dropped; an old one died, so the same message goes again.
    private async Task<SendOutcome> RecoverAsync(Ask ask, CancellationToken ct)
    {
        var moves = await audit.ListForAskAsync(ask.CustomerId, ask.AskId, ct);
        if (moves.Any(m => m.Move is Move.AskSent or Move.Closed)) return SendOutcome.Skip("ask is sent, not pending");
        if (ask.SentAt is { } claimed && time.GetUtcNow() - claimed < settings.ResendAfter)
            return new SendOutcome(SendStatus.Skipped, true, null, "another run claimed this ask moments ago");
        var channel = ChannelFor(ask.Customer);
        if (channel is null) return SendOutcome.Skip("no channel to resend on");
        var current = await docs.LoadAsync(ct);
        return await SendClaimedAsync(ask, Prepare(ask, channel.Value, current), ct);
    }

    private async Task<SendOutcome> FollowUpAsync(ScheduledJob job, CancellationToken ct)
    {
        var ask = await asks.GetAsync(job.CustomerId, job.AskId, ct);
        if (ask is null) return SendOutcome.Skip("no such ask");
        if (ask.Status != AskStatus.Sent) return SendOutcome.Skip($"ask is {ask.Status.ToString().ToLowerInvariant()}, not waiting");
        if (ask.FollowUpSentAt is not null) return SendOutcome.Skip("the one follow-up was already sent");
        if (await feedback.GetAsync(ask.CustomerId, ask.AskId, ct) is not null) return SendOutcome.Skip("already answered");
        var current = await docs.LoadAsync(ct);
        var now = time.GetUtcNow();
        if (now >= AskLifetime.ExpiresAt(ask, current.Rules)) return SendOutcome.Skip("links expired");
        if (ChannelFor(ask.Customer) is not { } channel) return SendOutcome.Skip("no channel for the follow-up");
        if (await suppression.IsSuppressedAsync(channel.Address, ct)) return new SendOutcome(SendStatus.Suppressed, false, null, "suppressed");
        if (!await asks.TryMarkFollowUpAsync(ask.CustomerId, ask.AskId, now, ct)) return SendOutcome.Skip("the one follow-up was already sent");
        // By SMS the follow-up is the ask again: one short text with the star-page link.
        var result = channel.Via == "sms"
            ? await sms.SendAsync(channel.Address, messages.AskSms(ask, current), ct)
            : await mailer.SendAsync(messages.FollowUpEmail(ask, current), ct);
        if (result.Sent)
        {
            await AuditAsync(ask, Move.FollowUp, channel.Via, SentDetail(result), ct);
            return new SendOutcome(SendStatus.Sent, false, channel.Via, SentDetail(result));
        }
        await asks.RecordErrorAsync(ask.CustomerId, ask.AskId, "follow-up " + Describe(result), ct);
        await AuditAsync(ask, Move.FollowUp, null, "follow-up failed, not retried: " + result.Error, ct);
        return new SendOutcome(SendStatus.Failed, false, channel.Via, result.Error);
    }

    // The first channel of the `channels` setting the customer has an address for.
    private (string Via, string Address)? ChannelFor(Customer customer)
    {
        foreach (var channel in settings.Channels)
        {
            if (channel == AskChannel.Email && !string.IsNullOrWhiteSpace(customer.Email)) return ("email", customer.Email);
            if (channel == AskChannel.Sms && !string.IsNullOrWhiteSpace(customer.Phone)) return ("sms", customer.Phone);
        }
        return null;
    }

    private string NoChannel => settings.Channels.Contains(AskChannel.Sms) ? "no email and no phone number" : "no email, and no phone with SMS turned on";

    private async Task<SendOutcome> CloseAsync(Ask ask, string why, CancellationToken ct, SendStatus status = SendStatus.Skipped)
    {
        if (await asks.TryTransitionAsync(ask.CustomerId, ask.AskId, AskStatus.Pending, AskStatus.Closed, new AskChange(), ct))
        {
            await asks.RecordErrorAsync(ask.CustomerId, ask.AskId, "not sent: " + why, ct);
            await AuditAsync(ask, Move.Closed, null, "not sent: " + why, ct);
        }
        return new SendOutcome(status, false, null, why);
    }

    private Task AuditAsync(Ask ask, Move move, string? via, string? detail, CancellationToken ct) =>
        audit.AppendAsync(new AuditEntry(ask.CustomerId, time.GetUtcNow(), ask.AskId, null, move, via,
            CollectorSettings.SystemUser, detail), ct);

    // An unconfirmed send is never repeated (a customer asked twice is worse than an ask whose delivery is unknown);
    // the audit row and the job's log line say so, for the owner to see.
    private static string? SentDetail(SendResult result) => result.Unconfirmed ? "sent-unconfirmed: " + result.Error : null;

    private static string Describe(SendResult result) =>
        (result.Transient ? "send failed (transient): " : "send failed (permanent): ") + result.Error;

    private sealed record PreparedSend(string Via, string Address, OutboundEmail? Email, string? Sms);
}
