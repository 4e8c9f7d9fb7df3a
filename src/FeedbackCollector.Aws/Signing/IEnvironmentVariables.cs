namespace FeedbackCollector.Aws.Signing;

/// <summary>Reads environment variables; injected so nothing below the composition root reads the process environment.</summary>
public interface IEnvironmentVariables
{
    string? Get(string name);
}

/// <summary>The real process environment. Used only by composition roots.</summary>
public sealed class ProcessEnvironment : IEnvironmentVariables
{
    public static ProcessEnvironment Instance { get; } = new();

    public string? Get(string name) => Environment.GetEnvironmentVariable(name);
}

/// <summary>A fixed set of variables (tests, `invoke` with a saved environment).</summary>
public sealed class DictionaryEnvironment(IReadOnlyDictionary<string, string> variables) : IEnvironmentVariables
{
    public string? Get(string name) => variables.TryGetValue(name, out var value) ? value : null;
}
