using FeedbackCollector.Aws.Lambda;
using FeedbackCollector.Lambda.Roles;
using FeedbackCollector.Lambda.UseCases;

namespace FeedbackCollector.Lambda.Composition;

/// <summary>Hands a payload to another of our functions (InvocationType Event), by the name SAM set for it.</summary>
internal sealed class RoleInvoker(ILambdaInvoker lambda, IReadOnlyDictionary<Role, string> functions) : IRoleInvoker
{
    public Task InvokeAsync(Role target, byte[] payload, CancellationToken ct) =>
        functions.TryGetValue(target, out var name)
            ? lambda.InvokeAsync(name, payload, ct)
            : throw new MissingSettingException($"no function name is configured for {Roles.Roles.NameOf(target)}");
}
