using FeedbackCollector.Core.Ports;
using FeedbackCollector.Local.Config;
using FeedbackCollector.Local.Tests.TestSupport;
using FeedbackCollector.Testing.Contracts;

namespace FeedbackCollector.Local.Tests.Config;

/// <summary>The secrets folder passes the contract Secrets Manager passes on AWS.</summary>
public sealed class FolderSecretSourceContractTests : SecretSourceContract, IDisposable
{
    private readonly TempFolder _folder = new();

    protected override Task<ISecretSource> CreateSourceAsync(IReadOnlyDictionary<string, string> secrets)
    {
        var source = new FolderSecretSource(_folder.Path);
        foreach (var (name, value) in secrets) source.Write(name, value);
        return Task.FromResult<ISecretSource>(source);
    }

    public void Dispose() => _folder.Dispose();
}

/// <summary>collector.conf passes the contract Parameter Store passes on AWS.</summary>
public sealed class ConfigFileSourceContractTests : ConfigSourceContract, IDisposable
{
    private readonly TempFolder _folder = new();

    protected override async Task<IConfigSource> CreateSourceAsync(IReadOnlyList<KeyValuePair<string, string>> settings)
    {
        var path = _folder.File("collector.conf");
        var lines = settings.Select(s => $"{s.Key} = {s.Value}").Prepend("# written by the contract test");
        await File.WriteAllLinesAsync(path, lines, ContractIds.Ct);
        return new ConfigFileSource(path);
    }

    public void Dispose() => _folder.Dispose();
}
