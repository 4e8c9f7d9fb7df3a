using System.Text;
using FeedbackCollector.Core.Ports;
using FeedbackCollector.Core.Tokens;
using FeedbackCollector.Parity.Tests.Drivers;
using FeedbackCollector.Testing.Moto;
using MimeKit;

namespace FeedbackCollector.Parity.Tests.Scenarios;

/// <summary>
/// Issue 10 point 3 on both hosts: a customer mail the provider refuses for good reaches the owner through the owner
/// channel (email here), the same way on `serve` and on the Lambda roles, and on AWS it is counted for the alarm.
/// </summary>
public sealed class UndeliveredParityTests
{
    [Fact]
    public async Task A_feedback_ask_refused_for_good_is_told_to_the_owner_the_same_way_on_both_hosts()
    {
        var (local, lambda, alerts, _) = await RunBothAsync(ToCustomer, run => run.AskAsync(everyone: false));

        local.Render().Should().Be(lambda.Render(), "the local host (expected) and the Lambda roles (actual) must agree");
        local.Rows.AskStatus.Should().Be("Closed");
        local.Mails.Should().ContainSingle(m => m.To == "owner").Which.Subject.Should().Be("Could not reach Dana: feedback ask not delivered");
        alerts.Should().Equal("SendFailedPermanently");
    }

    [Fact]
    public async Task A_review_nudge_refused_for_good_is_told_to_the_owner_the_same_way_on_both_hosts()
    {
        // The customer's mail after the ask (which carries the star links) is the review nudge.
        static bool Nudge(OutboundEmail m) => ToCustomer(m) && !(m.TextBody ?? "").Contains("/t/", StringComparison.Ordinal);

        var (local, lambda, alerts, _) = await RunBothAsync(Nudge, async run =>
        {
            await run.AskAsync(everyone: false);
            await run.TapAsync(await run.StarTokenAsync(), 5);
        });

        local.Render().Should().Be(lambda.Render(), "the local host (expected) and the Lambda roles (actual) must agree");
        local.Mails.Should().ContainSingle(m => m.To == "owner").Which.Subject.Should().Be("Could not reach Dana: review nudge not delivered");
        alerts.Should().Equal("SendFailedPermanently");
    }

    [Fact]
    public async Task The_owners_note_names_the_customer_the_reason_and_how_to_reach_them_on_both_hosts()
    {
        var (_, _, _, notes) = await RunBothAsync(ToCustomer, run => run.AskAsync(everyone: false));

        notes.Should().HaveCount(2, "one note from each host");
        foreach (var raw in notes)
        {
            var note = MimeMessage.Load(new MemoryStream(Encoding.UTF8.GetBytes(raw)));
            note.TextBody.Should().Contain($"The feedback ask to Dana ({ParityWorld.CustomerEmail}) after their haircut could not be delivered")
                .And.Contain(RefusingMailer.Error).And.Contain("mailto:" + ParityWorld.CustomerEmail);
        }
    }

    private static bool ToCustomer(OutboundEmail m) => string.Equals(m.To, ParityWorld.CustomerEmail, StringComparison.OrdinalIgnoreCase);

    /// <summary>The steps on a fresh local host and a fresh moto slice; what each saw, Lambda's alerts and the owner's notes of both.</summary>
    private static async Task<(Observation Local, Observation Lambda, IReadOnlyList<string> LambdaAlerts, IReadOnlyList<string> OwnerNotes)> RunBothAsync(
        Func<OutboundEmail, bool> refuse, Func<ScenarioRun, Task> steps)
    {
        var moto = await MotoSlice.CreateAsync();
        var tokens = new AskTokens(new SigningKey("a", moto.SigningKey));
        await using var local = await LocalDriver.StartAsync(moto.Sender, moto.Owner, "a:" + Convert.ToBase64String(moto.SigningKey), refuse);
        await using var lambda = await LambdaDriver.StartAsync(moto, refuse: refuse);
        var localRun = new ScenarioRun(local, tokens, moto.Owner);
        var lambdaRun = new ScenarioRun(lambda, tokens, moto.Owner);
        await steps(localRun);
        await steps(lambdaRun);
        var notes = new List<string>();
        foreach (var driver in new IParityDriver[] { local, lambda })
        {
            notes.AddRange((await driver.SentMailAsync()).Where(raw => raw.Contains(moto.Owner, StringComparison.OrdinalIgnoreCase)
                && raw.Contains("Could not reach", StringComparison.Ordinal)));
        }
        return (await localRun.ObserveAsync(), await lambdaRun.ObserveAsync(), lambda.Alerts, notes);
    }
}
