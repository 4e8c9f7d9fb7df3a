using FeedbackCollector.Aws.Signing;
using FeedbackCollector.Lambda.Runtime;

namespace FeedbackCollector.Lambda.Composition;

/// <summary>Lets the AWS clients read the same environment seam the loop uses (tests swap it).</summary>
internal sealed class AwsEnvironment(IEnvironment env) : IEnvironmentVariables
{
    public string? Get(string name) => env.Get(name);
}
