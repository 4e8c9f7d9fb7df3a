using FeedbackCollector.Local.Mail;

namespace FeedbackCollector.Cli.Demo;

/// <summary>The demo's readable timeline: one line per event at the demo clock's local time, plus every new outbox email and text.</summary>
internal sealed class Timeline(TimeProvider clock, string outboxFolder, OutboxSmsSender smsOutbox)
{
    private readonly HashSet<string> _seen = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    public void Say(string what)
    {
        lock (_gate) Console.WriteLine($"{clock.GetUtcNow().ToOffset(DemoScript.Zone):ddd HH:mm}  {what}");
    }

    public void Heading(string what)
    {
        lock (_gate) Console.WriteLine($"\n== {what}");
    }

    /// <summary>Prints the outbox emails that appeared since the last call, oldest first.</summary>
    public IReadOnlyList<OutboxMail> NewMail()
    {
        var fresh = Outbox.Read(outboxFolder).Where(m => _seen.Add(m.File)).ToList();
        foreach (var m in fresh) Say($"  mail [{m.Kind}] → {m.To}: \"{m.Subject}\"");
        foreach (var t in smsOutbox.List().Where(t => _seen.Add(t.FileName))) Say($"  SMS → {t.To}: \"{t.Text.ReplaceLineEndings(" ")}\"");
        return fresh;
    }

    public void Summary(DemoCounts c)
    {
        Heading("What happened");
        Console.WriteLine($"asks sent {c.AsksSent}; star taps {c.Taps}; written replies {c.WrittenReplies} " +
            $"(happy {c.Happy}, unhappy {c.Unhappy}, unclear {c.Unclear});");
        Console.WriteLine($"review nudges {c.ReviewNudges}; owner pings {c.OwnerPings}; follow-ups {c.FollowUps}; " +
            $"auto-replies ignored {c.AutoRepliesIgnored}; forged reply tokens refused {c.ForgedTokens}; texts sent {c.SmsSent}.");
    }
}
