using FeedbackCollector.Core.Tokens;
using FeedbackCollector.Parity.Tests.Drivers;
using FeedbackCollector.Testing.Moto;

namespace FeedbackCollector.Parity.Tests.Scenarios;

/// <summary>Every scenario of the table through both hosts: what the customer and the owner see and what is stored must match.</summary>
public sealed class ParityTests
{
    [Theory]
    [MemberData(nameof(ParityScenarios.Names), MemberType = typeof(ParityScenarios))]
    public async Task Both_hosts_show_and_store_the_same_for(string name)
    {
        var scenario = ParityScenarios.Table[name];
        var (local, lambda) = await RunBothAsync(scenario.Steps);

        local.Render().Should().Be(lambda.Render(), $"the local host (expected) and the Lambda roles (actual) must agree on '{scenario.Name}'");
        scenario.Expect(local);
    }

    /// <summary>Runs the steps on a fresh local host and a fresh moto slice, with the same clock, key and classifier.</summary>
    internal static async Task<(Observation Local, Observation Lambda)> RunBothAsync(Func<ScenarioRun, Task> steps)
    {
        var moto = await MotoSlice.CreateAsync();
        var tokens = new AskTokens(new SigningKey("a", moto.SigningKey));
        await using var local = await LocalDriver.StartAsync(moto.Sender, moto.Owner, "a:" + Convert.ToBase64String(moto.SigningKey));
        await using var lambda = await LambdaDriver.StartAsync(moto);
        var localRun = new ScenarioRun(local, tokens, moto.Owner);
        var lambdaRun = new ScenarioRun(lambda, tokens, moto.Owner);
        await steps(localRun);
        await steps(lambdaRun);
        return (await localRun.ObserveAsync(), await lambdaRun.ObserveAsync());
    }
}
