using FeedbackCollector.Core.Tokens;
using FeedbackCollector.Lambda.Roles;
using FeedbackCollector.Parity.Tests.Drivers;
using FeedbackCollector.Parity.Tests.Scenarios;
using FeedbackCollector.Testing.Moto;

namespace FeedbackCollector.Parity.Tests.OnLambda;

/// <summary>The router reads a written reply's ask and its answer as the star page does: one BatchGetItem, no GetItem.</summary>
public sealed class ReplyReadOnLambdaTests
{
    [Fact]
    public async Task A_written_replys_router_step_reads_its_ask_and_answer_in_one_batch_get()
    {
        var moto = await MotoSlice.CreateAsync();
        await using var lambda = await LambdaDriver.StartAsync(moto);
        var run = new ScenarioRun(lambda, new AskTokens(new SigningKey("a", moto.SigningKey)), moto.Owner);
        await run.AskAsync(everyone: false);

        await run.ReplyAsync(await run.ReplyToAsync(), ParityWorld.UnhappyWords);

        (await run.ObserveAsync()).Rows.Feedback.Should().StartWith("Email Unhappy");
        var reads = RoleGrants.Checked(lambda.RoleCalls.Where(c => c.Role == Role.Router))
            .Where(a => a is "router dynamodb:GetItem" or "router dynamodb:BatchGetItem").ToList();
        reads.Should().Equal(["router dynamodb:BatchGetItem"], "the ask and its answer are one read, as on the star page");
    }
}
