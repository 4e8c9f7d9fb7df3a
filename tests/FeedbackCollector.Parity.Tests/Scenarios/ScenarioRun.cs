using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using FeedbackCollector.Core.Tokens;
using FeedbackCollector.Parity.Tests.Drivers;
using MimeKit;

namespace FeedbackCollector.Parity.Tests.Scenarios;

/// <summary>What one scenario saw through one driver, normalised so the two drivers' can be compared as text.</summary>
public sealed record Observation(IReadOnlyList<PageSeen> Pages, IReadOnlyList<string> Outcomes, IReadOnlyList<MailSeen> Mails, RowsSeen Rows)
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public string Render() => JsonSerializer.Serialize(this, Indented);
}

/// <summary>A scenario's steps over one driver: the customer's side (taps, replies) and the schedules' (jobs, sweep, summary).</summary>
public sealed partial class ScenarioRun(IParityDriver driver, AskTokens tokens, string owner)
{
    private readonly List<PageSeen> _pages = [];
    private readonly List<string> _outcomes = [];

    public IParityDriver Driver => driver;

    public string CustomerId => ParityWorld.Customer.CustomerId;

    public string AskId => ParityWorld.AskIdOf();

    /// <summary>Seeds the docs, plans the visit and sends its ask at its due time (an hour after the start).</summary>
    public async Task AskAsync(bool everyone)
    {
        await driver.SeedAsync(ParityWorld.Rules(everyone), ParityWorld.Voice);
        await driver.PlanAsync(ParityWorld.Visit());
        driver.Advance(TimeSpan.FromHours(1));
        await driver.FireDueJobsAsync();
    }

    /// <summary>The ask email as the customer received it.</summary>
    public async Task<MimeMessage> AskMailAsync()
    {
        foreach (var raw in await driver.SentMailAsync())
        {
            var message = MimeMessage.Load(new MemoryStream(Encoding.UTF8.GetBytes(raw)));
            if (message.To.Mailboxes.Any(m => m.Address == ParityWorld.CustomerEmail) && StarLink().IsMatch(message.TextBody ?? message.HtmlBody ?? "")) return message;
        }
        throw new InvalidOperationException($"{driver.Name}: no ask email was sent");
    }

    public async Task<string> StarTokenAsync()
    {
        var mail = await AskMailAsync();
        return StarLink().Match(mail.TextBody ?? mail.HtmlBody ?? "").Groups[1].Value;
    }

    public async Task<string> ReplyToAsync() => (await AskMailAsync()).ReplyTo.Mailboxes.Single().Address;

    public async Task TapAsync(string token, int stars, bool open = true)
    {
        if (open) _pages.Add(await driver.GetAsync($"/t/{token}/{stars}"));
        _pages.Add(await driver.PostAsync($"/t/{token}", $"stars={stars}&comment="));
    }

    public async Task OpenAsync(string path) => _pages.Add(await driver.GetAsync(path));

    public async Task PostAsync(string path, string form) => _pages.Add(await driver.PostAsync(path, form));

    public async Task ReplyAsync(string to, string words, string name = "reply-1", string? headers = null) =>
        _outcomes.Add(await driver.DeliverReplyAsync(name, Mime(to, words, headers), to));

    public async Task DeliverAsync(string to, string mime, string name) => _outcomes.Add(await driver.DeliverReplyAsync(name, mime, to));

    public string Issue(TimeSpan expiresIn) => tokens.Issue(CustomerId, AskId, ParityWorld.Start + expiresIn);

    public string IssueCompact(TimeSpan expiresIn) => tokens.IssueCompact(CustomerId, AskId, ParityWorld.Start + expiresIn);

    /// <summary>Changes the token's last character (part of its MAC), keeping its alphabet.</summary>
    public static string Forge(string token) => token[..^1] + (token[^1] == 'a' ? 'b' : 'a');

    public async Task<Observation> ObserveAsync() => new([.. _pages], [.. _outcomes],
        [.. (await driver.SentMailAsync()).Select(raw => Seen.Mail(raw, owner)).OrderBy(m => m.To, StringComparer.Ordinal)
            .ThenBy(m => m.Kind, StringComparer.Ordinal).ThenBy(m => m.Subject, StringComparer.Ordinal)],
        await driver.RowsAsync(CustomerId, AskId, ParityWorld.CustomerEmail));

    public static string Mime(string to, string words, string? headers = null) =>
        $"From: Dana <{ParityWorld.CustomerEmail}>\r\nTo: {to}\r\nSubject: Re: How was your visit?\r\nMessage-ID: <m-{Math.Abs(words.GetHashCode(StringComparison.Ordinal))}@example.org>\r\n"
        + $"Date: Mon, 02 Nov 2026 05:10:00 +0000\r\n{headers}MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
        + $"{words}\r\n\r\nOn Mon, 2 Nov 2026 at 13:10, {ParityWorld.BusinessName} <hello@example.com> wrote:\r\n> How was your visit?\r\n";

    [GeneratedRegex(@"/t/([A-Za-z0-9._~-]+)/5")]
    private static partial Regex StarLink();
}
