using FeedbackCollector.Lambda.Roles;
using FeedbackCollector.Lambda.Runtime;

namespace FeedbackCollector.Lambda.Composition;

/// <summary>
/// The AWS composition root: reads FC_ROLE and the settings once, loads the role's config and secrets
/// once, builds only that role's use cases and hands back its handler. Runs inside the loop's init, so
/// any failure here is reported as an init error.
/// </summary>
internal static class LambdaComposition
{
    public static async Task<IInvocationHandler> ComposeAsync(IEnvironment env, TimeProvider clock, CancellationToken ct)
    {
        var role = Roles.Roles.Parse(env.Get("FC_ROLE"));
        var settings = LambdaSettings.From(env);
        var config = await LoadConfigAsync(settings, role, ct);
        return RoleSwitch.Create(role, UseCasesFor(settings, config, clock));
    }

    // The Parameter Store and Secrets Manager adapters come from FeedbackCollector.Aws (branch aws-clients);
    // until this build has them there is nothing to read, and the pending use cases say so on every call.
    private static Task<ConfigSnapshot> LoadConfigAsync(LambdaSettings settings, Role role, CancellationToken ct)
    {
        _ = (settings, RoleSecrets.For(role), ct);
        return Task.FromResult(ConfigSnapshot.Empty);
    }

    private static PendingUseCases UseCasesFor(LambdaSettings settings, ConfigSnapshot config, TimeProvider clock)
    {
        _ = (settings, config, clock);
        return new PendingUseCases("the flow use cases (core-flow) and the AWS adapters (aws-clients, aws-stores)");
    }
}
