using FeedbackCollector.App.Answers;
using FeedbackCollector.App.CustomerList;
using FeedbackCollector.App.Owner;
using FeedbackCollector.App.Pages;
using FeedbackCollector.App.Privacy;
using FeedbackCollector.Core.Flow;
using FeedbackCollector.Core.Model;
using FeedbackCollector.Core.Ports;
using FeedbackCollector.Core.Privacy;
using FeedbackCollector.Core.Tokens;
using FeedbackCollector.Web;
using FeedbackCollector.Web.Owner;
using FeedbackCollector.Web.Webhooks;

namespace FeedbackCollector.App;

/// <summary>
/// The one composition place of the flow: every use case is constructed here, from one runtime's adapters,
/// on first use. `serve` and each Lambda role ask it for what they run and stay thin; what differs between
/// them is only the adapters and the hand-off (<see cref="IFlowHandoff"/>). A test holds that no other
/// source file constructs a use case.
/// </summary>
public sealed class FlowApp
{
    private readonly IFlowAdapters _adapters;
    private readonly Action<string> _log;
    private readonly bool _quiet;
    private readonly Lazy<OwnerDocs> _docs;
    private readonly Lazy<AskMessages> _messages;
    private readonly Lazy<VisitIntake> _visits;
    private readonly Lazy<Withdraw> _withdraw;
    private readonly Lazy<AskSender> _sender;
    private readonly Lazy<AnswerIntake> _answers;
    private readonly Lazy<AnswerDispatch> _dispatch;
    private readonly Lazy<DailySweepJob> _sweep;
    private readonly Lazy<MonthlySummaryJob> _monthly;
    private readonly Lazy<OwnerActions> _ownerActions;
    private readonly Lazy<Unsubscribe> _unsubscribe;
    private readonly Lazy<ReviewClick> _reviewClick;
    private readonly Lazy<DeliveryFailures> _deliveryFailures;
    private readonly Lazy<IOwnerNotifier> _owner;
    private readonly Lazy<OwnerLinks> _ownerLinks;
    private readonly Lazy<OwnerDecisions> _ownerDecisions;
    private readonly Lazy<OwnerDigestJob> _digest;
    private readonly Lazy<OwnerDocEdits> _docEdits;
    private readonly Lazy<SendFailureNotices> _failureNotices;
    private readonly Lazy<CustomerErasure> _privacy;
    private readonly Lazy<CustomerListPlanning> _customerList;

    /// <param name="handoff">Where each step goes on; null runs the whole flow in this process.</param>
    /// <param name="log">One line per unit of work (never a token or a customer's words).</param>
    public FlowApp(IFlowAdapters adapters, IFlowHandoff? handoff = null, Action<string>? log = null)
    {
        _adapters = adapters ?? throw new ArgumentNullException(nameof(adapters));
        _log = log is null ? _ => { } : line => log(LogLine.OneLine(line));
        _quiet = log is null;
        Handoff = handoff ?? new InProcessHandoff(this);
        var a = adapters;
        // Every use case reads suppression through the erased customers' hashes too; only erasure sees the list bare.
        var suppression = new Lazy<ISuppressionList>(() => new ErasedSuppressions(a.Suppression));
        _docs = new(() => new OwnerDocs(a.Blobs, a.Time, a.DocsRecheck));
        _messages = new(() => new AskMessages(a.Settings, a.Tokens));
        _owner = new(() => new RulesOwnerNotifier(Docs, a.Owner, () => a.Mailer, a.Settings.FromAddress));
        _docEdits = new(() => new OwnerDocEdits(Docs, a.Blobs, _owner.Value));
        _failureNotices = new(() => new SendFailureNotices(a.Asks, _owner.Value));
        _visits = new(() => new VisitIntake(a.Asks, a.Scheduler, suppression.Value, a.Audit, Docs, a.Time, a.Settings.PhoneRegion));
        _customerList = new(() => new CustomerListPlanning(_visits.Value, Docs, _owner.Value, a.Blobs, a.Time, _log));
        _withdraw = new(() => new Withdraw(a.Asks, a.Scheduler, a.Audit, a.Time));
        _sender = new(() => new AskSender(a.Asks, a.Feedback, suppression.Value, a.Mailer, a.Sms, a.Audit, Docs, _messages.Value, a.Settings, a.Time));
        _answers = new(() => new AnswerIntake(a.Asks, a.Feedback, a.AskAnswers, a.Classifier, Docs, () => a.Tokens, a.Time));
        _ownerLinks = new(() => new OwnerLinks(a.Settings, new OwnerTokens(a.Tokens)));
        _dispatch = new(() => new AnswerDispatch(a.Asks, a.Feedback, a.Audit, suppression.Value, a.Mailer, _owner.Value, Docs, _messages.Value, a.Time,
            _ownerLinks.Value, a.Sms));
        _sweep = new(() => new DailySweepJob(a.Asks, a.Feedback, a.Audit, a.Scheduler, Docs, a.Settings, a.Time));
        _monthly = new(() => new MonthlySummaryJob(a.Asks, a.Feedback, a.Audit, a.Blobs,
            new OwnerSummaryWriter(Docs, a.Owner, () => a.Mailer, a.Settings.FromAddress), a.SummaryParagraphs, Docs, a.Time));
        _ownerActions = new(() => new OwnerActions(a.Feedback, a.Audit, _dispatch, a.Time));
        _ownerDecisions = new(() => new OwnerDecisions(new OwnerTokens(a.Tokens), a.Asks, a.Feedback, a.Audit, OwnerActions, Docs, a.Time));
        _digest = new(() => new OwnerDigestJob(a.Asks, a.Feedback, a.Audit, a.Blobs, _owner.Value, Docs, _ownerLinks.Value, a.Settings, a.Time));
        _unsubscribe = new(() => new Unsubscribe(a.Asks, suppression.Value, a.Tokens, a.Time));
        _reviewClick = new(() => new ReviewClick(a.Asks, a.Audit, Docs, a.Tokens, a.Time));
        _deliveryFailures = new(() => new DeliveryFailures(a.Asks, suppression.Value, a.Audit, a.Tokens, a.Time));
        _privacy = new(() => new CustomerErasure(a.Asks, a.Feedback, a.Audit, a.Suppression, a.Blobs, a.Scheduler, a.Traces, Docs,
            a.Settings.PhoneRegion, a.Time));
        Taps = new TapAnswers(this);
        Inbound = new InboundReplies(this);
        Router = new ReplyRouting(this);
        Unsubscribes = new UnsubscribeSink(this);
        Reviews = new ReviewClicks(this);
        SmsReplies = new SmsReplies(this);
    }

    public IFlowHandoff Handoff { get; }

    public IFlowAdapters Adapters => _adapters;

    /// <summary>The owner's rules.txt and voice.txt in force.</summary>
    public OwnerDocs Docs => _docs.Value;

    /// <summary>Owner doc edits from any source (Drive, an upload to the rules area): validated, a refusal told to the owner.</summary>
    public OwnerDocEdits DocEdits => _docEdits.Value;

    /// <summary>The whole customer list (the mirrored sheet, customers.csv) planned by natural key; bad rows told to the owner.</summary>
    public CustomerListPlanning CustomerList => _customerList.Value;

    /// <summary>The star pages: GET checks, POST records and hands the answer to dispatch.</summary>
    public TapAnswers Taps { get; }

    /// <summary>A written reply as received (raw MIME kept): triage, then the router.</summary>
    public InboundReplies Inbound { get; }

    /// <summary>The router step: classify and record a verified reply, then dispatch.</summary>
    public ReplyRouting Router { get; }

    public UnsubscribeSink Unsubscribes { get; }

    /// <summary>Customers' texts: STOP suppresses the number, anything else is a reply to their ask.</summary>
    public SmsReplies SmsReplies { get; }

    public ReviewClicks Reviews { get; }

    public OwnerActions OwnerActions => _ownerActions.Value;

    /// <summary>The owner's one-tap decision links (/o/{token}).</summary>
    public OwnerDecisions OwnerDecisions => _ownerDecisions.Value;

    internal AnswerIntake Answers => _answers.Value;

    internal DeliveryFailures DeliveryFailures => _deliveryFailures.Value;

    internal Unsubscribe Unsubscribe => _unsubscribe.Value;

    internal ReviewClick ReviewClick => _reviewClick.Value;

    internal void Log(string line) => _log(line);

    /// <summary>Plans one ask per visit (idempotent by the visit's ask id).</summary>
    public async Task<IReadOnlyList<IntakeResult>> PlanAsync(IReadOnlyList<Visit> batch, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(batch);
        // The docs are read once per batch (an import of 100,000 rows looks at rules.txt 20 times, not 100,000), and the
        // store once per batch for its customers' asks, once for their suppressions, once to write asks, once for jobs.
        var results = await _visits.Value.AcceptBatchAsync(batch, await Docs.LoadAsync(ct), ct);
        // Without a log (an import) the lines are not even formatted: for 100,000 rows that was a tenth of the work left.
        foreach (var (visit, result) in _quiet ? [] : batch.Zip(results))
        {
            _log($"visit {visit.Source}/{visit.SourceId} ({visit.VisitType}): {result.Status}"
                + (result.Status == IntakeStatus.Planned ? $", ask at {result.Ask.SendAt:u}" : result.Reason is null ? "" : $", {result.Reason}"));
        }
        return results;
    }

    /// <summary>Withdraws the pending ask of each refunded, voided or cancelled visit (a sent ask is left alone).</summary>
    public async Task<IReadOnlyList<WithdrawOutcome>> WithdrawAsync(IReadOnlyList<Withdrawal> batch, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var results = new List<WithdrawOutcome>(batch.Count);
        foreach (var withdrawal in batch)
        {
            var outcome = await _withdraw.Value.RunAsync(withdrawal, ct);
            _log($"withdrawal {withdrawal.Source}/{withdrawal.SourceId} ({withdrawal.Reason}): {outcome.Status}"
                + (outcome.Status == WithdrawStatus.TooLate ? ", the ask had already gone" : ""));
            results.Add(outcome);
        }
        return results;
    }

    /// <summary>Sends the ask or follow-up a due job names; a transient failure throws <see cref="TransientFailureException"/>.</summary>
    public async Task<SendOutcome> SendAsync(ScheduledJob job, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(job);
        var outcome = await _sender.Value.RunAsync(job, ct);
        _log($"{job.Kind} {job.AskId}: {outcome.Status}{(outcome.Detail is null ? "" : " (" + outcome.Detail + ")")}");
        if (outcome.Retry) throw new TransientFailureException($"send must be retried: {outcome.Detail}");
        if (outcome.Status != SendStatus.Failed) return outcome;
        var what = job.Kind == JobKind.FollowUp ? "follow-up" : "feedback ask";
        return outcome with { OwnerTold = await TellFailureAsync(job.CustomerId, job.AskId, what, outcome.Detail, ct) };
    }

    /// <summary>A customer message failed for good: the owner hears of it (Slack, else email); the result says whether they did.</summary>
    private async Task<SendResult> TellFailureAsync(string customerId, string askId, string what, string? reason, CancellationToken ct)
    {
        var told = await _failureNotices.Value.TellAsync(customerId, askId, what, reason, ct);
        _log($"{what} {askId} not delivered: owner {(told.Sent ? "told by " + told.ProviderId : "not reached (" + told.Error + ")")}");
        return told;
    }

    /// <summary>Makes the move for a recorded answer; a transient failure throws (moves already made are skipped next time).</summary>
    public async Task<DispatchResult> DispatchAsync(string customerId, string askId, CancellationToken ct = default)
    {
        var result = await _dispatch.Value.RunAsync(customerId, askId, ct);
        // Told before a retry is thrown: the failed nudge is final (audited), so the retry will not see it again.
        var told = new List<SendResult>();
        foreach (var nudge in result.Moves.Where(m => m.Move == Move.ReviewNudge && m.Undelivered))
        {
            told.Add(await TellFailureAsync(customerId, askId, "review nudge", nudge.Detail?.Replace("failed permanently: ", "", StringComparison.Ordinal), ct));
        }
        if (result.Retry) throw new TransientFailureException("dispatch must be retried: " + result.Detail);
        return result with { OwnerTold = told };
    }

    /// <summary>The daily sweep, then the owner's digest (at most one a local day); a transient digest failure throws so the sweep runs again.</summary>
    public async Task<SweepReport> SweepAsync(CancellationToken ct = default)
    {
        var report = await _sweep.Value.RunAsync(ct);
        _log($"daily sweep: {report.FollowUpsScheduled.Count} follow-ups, {report.Closed.Count} closed, {report.Unclear.Count} unclear waiting");
        var sent = await _digest.Value.RunAsync(report.Unclear, ct);
        _log($"owner digest {sent.Day}: {sent.Status}, {sent.Unclear} unclear, {sent.Complaints} open complaints");
        if (sent.Retry) throw new TransientFailureException("digest must be retried: " + sent.Detail);
        return report with { Digest = sent };
    }

    /// <summary>The monthly owner summary, once per month; a transient failure throws.</summary>
    public async Task<SummaryOutcome> SummarizeAsync(CancellationToken ct = default)
    {
        var outcome = await _monthly.Value.RunAsync(ct);
        _log($"monthly summary {outcome.Month}: {outcome.Status}"
            + (outcome.ParagraphFallback is null ? "" : $", plain paragraph used ({outcome.ParagraphFallback})"));
        return outcome.Retry ? throw new TransientFailureException("summary must be retried: " + outcome.Detail) : outcome;
    }

    /// <summary>Everything held about one customer, by email or phone; a contact that cannot be read throws <see cref="PrivacyRequestException"/>.</summary>
    public async Task<CustomerExport> ExportAsync(string contact, CancellationToken ct = default)
    {
        var export = await _privacy.Value.ExportAsync(contact, ct);
        _log($"export: {export.Asks.Count} asks, {export.Answers.Count} answers, {export.Moves.Count} moves, {export.RawBlobs.Count} raw blobs");
        return export;
    }

    /// <summary>Erases one customer on request, leaving stubs without personal data so the month's figures still add up.</summary>
    public async Task<ErasureReport> EraseAsync(string contact, CancellationToken ct = default)
    {
        var report = await _privacy.Value.EraseAsync(contact, ct);
        _log($"erasure: {report.Asks} asks, {report.Answers} answers, {report.Moves} moves, {report.Schedules} schedules, "
            + $"{report.Blobs} blobs, {report.Traces} other places{(report.SuppressionKeptAsHash ? ", suppression kept as a hash" : "")}");
        return report;
    }

    public Task<SummaryOutcome> SummarizeMonthAsync(int year, int month, CancellationToken ct = default) =>
        _monthly.Value.RunForAsync(year, month, ct);

    /// <summary>A note to the owner (Slack, else email, as every owner ping); the result says whether it reached them.</summary>
    public async Task<SendResult> TellOwnerAsync(OwnerPing note, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(note);
        var told = await _owner.Value.NotifyAsync(note, ct);
        _log($"owner note '{note.Subject}': {(told.Sent ? "told by " + told.ProviderId : "not delivered (" + told.Error + ")")}");
        return told;
    }

    /// <summary>The owner page's data and buttons; the outbox list is the local runtime's only.</summary>
    public IOwnerConsole OwnerConsole(IOutboxView? outbox = null) => new OwnerConsole(this, outbox);

    /// <summary>
    /// The pages and endpoints over this flow. Webhook visits go to the hand-off's planner; which routes
    /// answer is the options' choice (no owner key: no /owner; no schemes: every webhook is 404).
    /// </summary>
    public WebApp Web(WebAppOptions options, IOutboxView? outbox = null) =>
        new(options, new WebAppServices(Taps, Unsubscribes, new BlobWebhookInbox(_adapters.Blobs), new SaleIntake(Handoff, _adapters.CustomerList),
            OwnerConsole(outbox)) { Reviews = Reviews, OwnerDecisions = new OwnerDecisionSink(this), SmsInbox = SmsReplies }, _adapters.Time);
}
