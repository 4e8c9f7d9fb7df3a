using FeedbackCollector.Core.Tokens;
using FeedbackCollector.Parity.Tests.Drivers;
using FeedbackCollector.Parity.Tests.Scenarios;
using FeedbackCollector.Testing.Moto;

namespace FeedbackCollector.Parity.Tests.OnLambda;

/// <summary>
/// Every LambdaDriver holds its roles' calls to their IAM grants when it is disposed (<see cref="RoleGrants"/>); this
/// test runs every parity scenario and a daily sweep after each, so the common paths are held in one place, and shows
/// the calls are really seen. It found request-builder's batch suppression read (BatchGetItem) and the daily sweep's
/// by-key reads (GetItem), which the template had not granted.
/// </summary>
public sealed class RoleGrantsOnLambdaTests
{
    [Fact]
    public async Task Every_DynamoDB_SSM_Secrets_Manager_Scheduler_and_SES_call_a_role_makes_in_the_parity_scenarios_is_granted_to_that_role()
    {
        var refused = new SortedSet<string>(StringComparer.Ordinal);
        var checkedCalls = new HashSet<string>(StringComparer.Ordinal);
        foreach (var scenario in ParityScenarios.Table.Values)
        {
            var moto = await MotoSlice.CreateAsync();
            var lambda = await LambdaDriver.StartAsync(moto);
            await scenario.Steps(new ScenarioRun(lambda, new AskTokens(new SigningKey("a", moto.SigningKey)), moto.Owner));
            // A daily sweep over what each scenario left: open asks, unclear answers and complaints are its inputs.
            await lambda.SweepAsync();
            checkedCalls.UnionWith(RoleGrants.Checked(lambda.RoleCalls));
            refused.UnionWith(RoleGrants.Refused(lambda.RoleCalls, moto.Tables));
            lambda.Release();
        }
        checkedCalls.Should().Contain(["request-builder dynamodb:PutItem", "reply-handler dynamodb:BatchGetItem", "router ssm:GetParametersByPath",
                "sweep-summary dynamodb:Scan", "request-builder scheduler:CreateSchedule", "request-builder ses:SendEmail"],
            "the scenarios plan, answer, route and sweep, so those roles' calls are among those checked");
        string.Join("; ", refused).Should().BeEmpty("each call a role makes must be in its IAM table, or the deployed role is refused it");
    }
}
