using Amazon.SimpleSystemsManagement;
using Amazon.SimpleSystemsManagement.Model;
using FeedbackCollector.Aws.Ssm;
using FeedbackCollector.Aws.Tests.Stores;
using FeedbackCollector.Core.Ports;
using FeedbackCollector.Testing.Contracts;

namespace FeedbackCollector.Aws.Tests.Contracts;

/// <summary>Parameter Store against moto_server passes the contract the local config file passes; each test has its own path.</summary>
public sealed class SsmConfigSourceContractTests : ConfigSourceContract
{
    protected override async Task<IConfigSource> CreateSourceAsync(IReadOnlyList<KeyValuePair<string, string>> settings)
    {
        IAmazonSimpleSystemsManagement ssm = Moto.Clients().Ssm();
        var path = "/fc-" + Guid.NewGuid().ToString("N")[..10] + "/config/";
        foreach (var (key, value) in settings)
            await ssm.PutParameterAsync(new PutParameterRequest { Name = path + key, Value = value, Type = ParameterType.String });
        return new SsmConfigSource(ssm, path);
    }
}
