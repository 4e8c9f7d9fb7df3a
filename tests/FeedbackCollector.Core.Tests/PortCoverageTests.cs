using FeedbackCollector.Core.Ports;
using FeedbackCollector.Testing.Contracts;

namespace FeedbackCollector.Core.Tests;

/// <summary>README promises that every port has a fake and a contract suite; this keeps the promise true as ports are added.</summary>
public sealed class PortCoverageTests
{
    private static readonly Type[] TestingTypes = typeof(MailerContract).Assembly.GetTypes();

    private static readonly string[] PortNames = [.. typeof(IMailer).Assembly.GetTypes()
        .Where(t => t is { IsInterface: true, IsPublic: true, Namespace: "FeedbackCollector.Core.Ports" })
        .Select(t => t.Name)
        .Order(StringComparer.Ordinal)];

    public static TheoryData<string> Ports => new(PortNames);

    private static Type Port(string name) => typeof(IMailer).Assembly.GetType("FeedbackCollector.Core.Ports." + name, throwOnError: true)!;

    [Fact]
    public void The_ports_are_found()
    {
        PortNames.Should().Contain(["IMailer", "ICustomerSource", "ISummaryWriter"]).And.HaveCountGreaterThan(10);
    }

    [Theory]
    [MemberData(nameof(Ports))]
    public void Every_port_has_a_contract_suite_named_after_it_in_the_testing_project(string port)
    {
        var contract = TestingTypes.SingleOrDefault(t => t.Name == port[1..] + "Contract");

        contract.Should().NotBeNull($"{port} needs an abstract {port[1..]}Contract in FeedbackCollector.Testing/Contracts that its adapters inherit");
        contract!.IsAbstract.Should().BeTrue();
    }

    [Theory]
    [MemberData(nameof(Ports))]
    public void Every_port_has_a_fake_in_the_testing_project(string port)
    {
        TestingTypes.Should().Contain(t => t.IsClass && !t.IsAbstract && t.IsAssignableTo(Port(port)),
            $"{port} needs a fake in FeedbackCollector.Testing/Fakes");
    }
}
