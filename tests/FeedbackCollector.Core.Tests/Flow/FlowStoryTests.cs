using FeedbackCollector.Core.Tokens;
using FeedbackCollector.Core.Flow;
using FeedbackCollector.Core.Model;

namespace FeedbackCollector.Core.Tests.Flow;

/// <summary>The whole flow in one go, the way the local runtime composes it.</summary>
public sealed class FlowStoryTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_visit_becomes_an_ask_a_tap_and_a_review_nudge_and_a_retried_webhook_changes_nothing()
    {
        var world = new FlowWorld();
        var intake = new VisitIntake(world.Asks, world.Scheduler, world.Suppression, world.Audit, world.Docs, world.Time);
        var visit = new Visit("square", "pay-77", FlowWorld.Ann, "haircut", FlowWorld.Start.AddHours(1));

        await intake.AcceptAsync(visit, Ct);
        world.Time.Advance(TimeSpan.FromHours(3));
        foreach (var job in world.Scheduler.TakeDue(world.Time.GetUtcNow())) await world.Sender.RunAsync(job, Ct);
        await intake.AcceptAsync(visit, Ct);
        var askMail = world.Mailer.Sent.Should().ContainSingle().Subject;
        var fiveStars = askMail.TextBody.Split('\n').Single(l => l.StartsWith("5 stars: ", StringComparison.Ordinal))["5 stars: ".Length..];
        var token = new Uri(fiveStars).Segments[^2].TrimEnd('/');
        world.Time.Advance(TimeSpan.FromHours(5));
        var (answer, _) = await world.TapAndDispatchAsync(token, 5, null, Ct);

        answer.Status.Should().Be(AnswerStatus.Recorded);
        world.Mailer.Sent.Should().HaveCount(2);
        world.Mailer.Sent[1].TextBody.Should().Contain($"https://fb.example.com/r/{await world.TokenForAsync(world.Asks.All.Single(), TokenPurpose.Review)}");
        world.Scheduler.Jobs.Should().BeEmpty("a retried webhook for a visit already asked adds no job");
        world.Asks.All.Should().ContainSingle().Which.Status.Should().Be(AskStatus.Answered);
    }

    [Fact]
    public async Task A_written_reply_to_the_reply_to_address_is_classified_and_the_owner_hears_privately()
    {
        var world = new FlowWorld();
        var ask = await world.SentAskAsync();
        var replyTo = world.Messages.AskEmail(ask, await world.Docs.LoadAsync(Ct)).ReplyTo!;
        world.Classifier.When("Nobody greeted me and the cut is uneven.", Mood.Unhappy, 0.91);

        var compact = replyTo.Split('@')[0]["r-".Length..].ToUpperInvariant();
        var (answer, dispatch) = await world.ReplyAndDispatchAsync(compact, "Nobody greeted me and the cut is uneven.", "inbox/42.eml", Ct);

        answer.Feedback!.Bucket.Should().Be(Bucket.Unhappy);
        dispatch!.Plan!.PingsOwner.Should().BeTrue();
        world.Owner.Pings.Should().ContainSingle().Which.Text.Should().Contain("Nobody greeted me");
        world.Mailer.Sent.Should().BeEmpty();
    }
}
