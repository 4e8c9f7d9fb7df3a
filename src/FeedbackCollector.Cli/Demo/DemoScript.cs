using FeedbackCollector.Cli.Composition;
using FeedbackCollector.Cli.Hosting;
using FeedbackCollector.Core.Model;

namespace FeedbackCollector.Cli.Demo;

/// <summary>The demo's story, in order: intake at 17:00 on day 1, asks through the evening and the next morning, customers answering, then four days of sweeps.</summary>
internal sealed partial class DemoScript(Collector collector, AdjustableClock clock, Customers customers, Timeline timeline)
{
    public static readonly TimeSpan Zone = TimeSpan.FromHours(8);

    private static DateTimeOffset Day(int day, int hour, int minute = 0) =>
        new DateTimeOffset(DemoBusiness.Start.Date, Zone).AddDays(day - 1).AddHours(hour).AddMinutes(minute);

    public async Task RunAsync(CancellationToken ct)
    {
        timeline.Heading("Day 1, 17:00 in Singapore: the till sends today's visits to the signed webhook");
        await IntakeAsync(ct);
        timeline.Heading("The scheduler runs on a fast clock: asks go out when due, none in quiet hours (9pm-9am)");
        await RunUntilAsync(Day(2, 10), ct);
        timeline.Heading("Customers answer: star pages over HTTP, replies over SMTP");
        foreach (var c in DemoBusiness.Customers.Where(c => c.VisitType != "colour")) await ActAsync(c, "ask", ct);
        await ExtrasAsync(ct);
        await RunUntilAsync(Day(2, 16), ct);
        foreach (var c in DemoBusiness.Customers.Where(c => c.VisitType == "colour")) await ActAsync(c, "ask", ct);
        timeline.Heading("Days pass: the daily sweep sends one follow-up to each silent customer");
        await RunUntilAsync(Day(6, 12), ct);
        var hal = DemoBusiness.Customers.First(c => c.Action == DemoAction.OutOfOffice);
        await ActAsync(hal with { Action = DemoAction.Tap }, "follow-up", ct);
        await RunUntilAsync(Day(6, 13), ct);
        timeline.Heading("The owner taps the digest and the ping: each link's page asks to confirm (GET), the button records (POST)");
        await OwnerDecidesAsync(ct);
    }

    private async Task OwnerDecidesAsync(CancellationToken ct)
    {
        var mails = Outbox.Read(collector.Paths.OutboxFolder);
        var unclear = mails.LastOrDefault(m => m.Kind == "owner digest")?.OwnerLinks.FirstOrDefault(l => l.Label == "Happy").Link;
        var resolve = mails.FirstOrDefault(m => m.Kind == "owner ping" && m.OwnerLinks.Any(l => l.Label == "Mark resolved"))
            ?.OwnerLinks.First(l => l.Label == "Mark resolved").Link;
        if (unclear is null || resolve is null)
        {
            timeline.Say("no digest or ping with decision links yet");
            return;
        }
        timeline.Say($"Kim taps Happy on an unclear answer in the digest: GET → {await customers.OpenAsync(unclear, ct)} (nothing recorded), "
            + $"Confirm → {await customers.ConfirmAsync(unclear, ct)}, again → {await customers.ConfirmAsync(unclear, ct)} (already decided)");
        timeline.Say($"Kim calls the unhappy customer back and taps Mark resolved in the ping: Confirm → {await customers.ConfirmAsync(resolve, ct)}");
        timeline.Say($"a forged owner link → {await customers.ConfirmAsync(resolve[..^4] + "AAAA", ct)} (refused, nothing recorded)");
        await RunUntilAsync(Day(6, 14), ct);
    }

    private async Task IntakeAsync(CancellationToken ct)
    {
        foreach (var c in DemoBusiness.Customers)
        {
            var status = await customers.PostVisitAsync(c, Ended(c), ct: ct);
            timeline.Say($"webhook: {c.Name}'s {c.VisitType} (ended {c.Ended:HH:mm}) → {status}");
        }
        var first = DemoBusiness.Customers[0];
        timeline.Say($"webhook retried by the till: {first.Name}'s sale again → {await customers.PostVisitAsync(first, Ended(first), ct: ct)} (still one ask)");
        var zed = new DemoCustomer("Zed", "haircut", new(16, 0), DemoAction.Silent);
        timeline.Say($"webhook: Zed's haircut (ended {zed.Ended:HH:mm}) → {await customers.PostVisitAsync(zed, Ended(zed), ct: ct)}");
        timeline.Say($"webhook: the till refunds Zed's haircut → {await customers.PostVisitAsync(zed, Ended(zed), "refund", ct)}"
            + $" ({await WithdrawnAsync(ct)} ask withdrawn before it was sent: its schedule is deleted)");
        foreach (var ask in (await collector.Storage.Asks.ListByStatusAsync(AskStatus.Pending, ct)).OrderBy(a => a.SendAt))
            timeline.Say($"  planned: ask {ask.Customer.FirstName} ({ask.VisitType}) at {ask.SendAt.ToOffset(Zone):ddd HH:mm}");
    }

    private async Task<int> WithdrawnAsync(CancellationToken ct) =>
        (await collector.Storage.Audit.ListAsync(Day(1, 0), Day(30, 0), ct)).Count(e => e.Move == Move.Withdrawn);

    private static DateTimeOffset Ended(DemoCustomer c) => Day(1, c.Ended.Hour, c.Ended.Minute);

    /// <summary>The fast clock: ten minutes at a time, one scheduler poll per step.</summary>
    private async Task RunUntilAsync(DateTimeOffset until, CancellationToken ct)
    {
        while (clock.GetUtcNow() < until)
        {
            clock.Advance(TimeSpan.FromMinutes(10));
            await collector.Loop.RunOnceAsync(ct);
            timeline.NewMail();
        }
    }

    private async Task ActAsync(DemoCustomer c, string kind, CancellationToken ct)
    {
        if (c.Phone is not null)
        {
            await TextTapAsync(c, ct);
            return;
        }
        var mail = Outbox.Read(collector.Paths.OutboxFolder).LastOrDefault(m => m.To == DemoBusiness.EmailOf(c) && m.Kind == kind);
        if (mail is null)
        {
            timeline.Say($"{c.Name} has no {kind} email yet");
            return;
        }
        switch (c.Action)
        {
            case DemoAction.Tap:
                await TapAsync(c, mail, ct);
                break;
            case DemoAction.Reply:
                await customers.ReplyAsync(DemoBusiness.EmailOf(c), mail.ReplyTo!, mail.Subject, c.Words!, false, ct);
                timeline.Say($"{c.Name} replies by email: \"{c.Words}\" → {await BucketOfAsync(c, ct)}");
                break;
            case DemoAction.OutOfOffice:
                await customers.ReplyAsync(DemoBusiness.EmailOf(c), mail.ReplyTo!, mail.Subject, "", true, ct);
                timeline.Say($"{c.Name}'s mailbox sends an out-of-office auto-reply → ignored, not feedback");
                break;
            case DemoAction.ScannerOnly:
                foreach (var l in mail.StarLinks) await customers.OpenAsync(l, ct);
                timeline.Say($"{c.Name}'s mail scanner opens all five star links (GET) → {await AnswersAsync(ct)} answers, nothing recorded for {c.Name}");
                break;
            default:
                timeline.Say($"{c.Name} does not answer");
                break;
        }
        timeline.NewMail();
    }

    private async Task TapAsync(DemoCustomer c, OutboxMail mail, CancellationToken ct)
    {
        var link = mail.StarLinks[c.Stars - 1];
        timeline.Say($"{c.Name} taps ★{c.Stars} in the email: GET → {await customers.OpenAsync(link, ct)}, nothing recorded yet ({await AnswersAsync(ct)} answers)");
        var (status, page) = await customers.SubmitAsync(link, c.Stars, c.Words, ct);
        timeline.Say($"{c.Name} presses Send{(c.Words is null ? "" : $" with \"{c.Words}\"")}: POST → {status}, \"{ThankYou(page)}\"");
    }

    /// <summary>A phone-only customer taps the one star-page link of the SMS ask: the same page, GET then POST.</summary>
    private async Task TextTapAsync(DemoCustomer c, CancellationToken ct)
    {
        var link = collector.SmsOutbox.List().Select(m => SmsLink().Match(m.Text)).LastOrDefault(m => m.Success)?.Value;
        if (link is null)
        {
            timeline.Say($"{c.Name} has no SMS ask yet");
            return;
        }
        timeline.Say($"{c.Name} taps the link in the SMS: GET → {await customers.OpenAsync(link, ct)}, nothing recorded yet ({await AnswersAsync(ct)} answers)");
        var (status, page) = await customers.SubmitAsync(link, c.Stars, c.Words, ct);
        timeline.Say($"{c.Name} picks ★{c.Stars} and presses Send: POST → {status}, \"{ThankYou(page)}\"");
        timeline.NewMail();
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"https?://\S+/t/\S+")]
    private static partial System.Text.RegularExpressions.Regex SmsLink();

    private async Task ExtrasAsync(CancellationToken ct)
    {
        var eve = DemoBusiness.Customers.First(c => c.Name == "Eve");
        var mail = Outbox.Read(collector.Paths.OutboxFolder).First(m => m.To == DemoBusiness.EmailOf(eve) && m.Kind == "ask");
        await customers.ReplyAsync(DemoBusiness.EmailOf(eve), mail.ReplyTo!, mail.Subject, "PS: and the coffee was great.", false, ct);
        timeline.Say("Eve replies a second time → kept, no second nudge (first reply wins)");
        var forged = "r-" + new string('a', mail.ReplyTo!.IndexOf('@', StringComparison.Ordinal) - 2) + mail.ReplyTo[mail.ReplyTo.IndexOf('@', StringComparison.Ordinal)..];
        await customers.ReplyAsync("mallory@elsewhere.example", forged, "Re: your ask", "Terrible! (forged)", false, ct);
        timeline.Say($"someone mails a made-up reply address → stored, not routed ({collector.Counters.Current.ForgedTokens} forged so far)");
        timeline.NewMail();
    }

    private async Task<int> AnswersAsync(CancellationToken ct) =>
        (await collector.Storage.Feedback.ListReceivedAsync(Day(1, 0), Day(30, 0), ct)).Count;

    private async Task<string> BucketOfAsync(DemoCustomer c, CancellationToken ct)
    {
        var answers = await collector.Storage.Feedback.ListReceivedAsync(Day(1, 0), Day(30, 0), ct);
        var asks = await collector.Storage.Asks.ListForCustomerAsync(AskId.ForCustomer(DemoBusiness.EmailOf(c), null), ct);
        var answer = answers.FirstOrDefault(a => asks.Any(k => k.AskId == a.AskId));
        return answer is null ? "not recorded" : answer.Bucket.ToString().ToLowerInvariant();
    }

    private static string ThankYou(string page)
    {
        var start = page.IndexOf("<h1>", StringComparison.Ordinal);
        var end = start < 0 ? -1 : page.IndexOf("</h1>", start, StringComparison.Ordinal);
        return start < 0 || end < 0 ? "(page)" : System.Net.WebUtility.HtmlDecode(page[(start + 4)..end]);
    }
}
