using FeedbackCollector.Lambda.Logging;
using FeedbackCollector.Lambda.Roles;
using FeedbackCollector.Lambda.Runtime;

namespace FeedbackCollector.Lambda.Composition;

/// <summary>
/// The AWS composition root: reads FC_ROLE and the settings once, loads Parameter Store's /fc/config/
/// and the role's own secrets once, builds only that role's use cases and hands back its handler. Runs
/// inside the loop's init, so any failure here is reported as an init error.
/// </summary>
internal static class LambdaComposition
{
    public static async Task<IInvocationHandler> ComposeAsync(IEnvironment env, TimeProvider clock, CancellationToken ct, WorkLog? log = null)
    {
        var role = Roles.Roles.Parse(env.Get("FC_ROLE"));
        var settings = LambdaSettings.From(env);
        var aws = new AwsPlumbing(settings, env, clock);
        var config = await ConfigSnapshot.LoadAsync(aws.Config(), aws.Secrets(), RoleSecrets.For(role), ct);
        // A parameter under a spelling of an earlier release still works for one release; the log says what to rename.
        foreach (var renamed in config.Renamed)
            log?.Write(new WorkLogLine("warn", Roles.Roles.NameOf(role), "init", null, "setting-renamed", 0, null, renamed.ToString()));
        return RoleSwitch.Create(role, new FlowUseCases(aws, config, clock, role));
    }
}
