namespace FeedbackCollector.Lambda.Runtime;

/// <summary>Process environment variables, behind a seam so tests see what the loop sets and reads.</summary>
internal interface IEnvironment
{
    string? Get(string name);

    void Set(string name, string? value);
}

/// <summary>The real process environment.</summary>
internal sealed class ProcessEnvironment : IEnvironment
{
    public string? Get(string name) => Environment.GetEnvironmentVariable(name);

    public void Set(string name, string? value) => Environment.SetEnvironmentVariable(name, value);
}
