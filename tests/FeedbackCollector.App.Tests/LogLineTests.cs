using FeedbackCollector.Core.Model;

namespace FeedbackCollector.App.Tests;

/// <summary>Issue 15 hole 6: customer-supplied text (ids, names) in a log line cannot start a forged line.</summary>
public sealed class LogLineTests
{
    [Fact]
    public async Task A_crlf_in_a_customer_supplied_id_splitting_the_log_line_is_fixed_every_unit_of_work_logs_one_line()
    {
        using var world = new AppWorld();
        var lines = new List<string>();
        var app = new FlowApp(world, log: lines.Add);
        var customer = new Customer(AskId.ForCustomer("ann@example.com", null), "Ann\r\nBcc: x", "ann@example.com", null);

        await app.PlanAsync([new Visit("till", "r-1\r\n12:00:00 visit till/r-2 (haircut): Planned", customer, "haircut", AppWorld.Start)],
            TestContext.Current.CancellationToken);

        lines.Should().ContainSingle().Which.Should().NotContain("\r").And.NotContain("\n").And.Contain("r-1\\r\\n12:00:00");
    }

    [Theory]
    [InlineData("plain line", "plain line")]
    [InlineData("a\rb\nc\td\u0007e", "a\\rb\\nc\\td\\u0007e")]
    public void A_log_line_keeps_control_characters_visible_but_on_one_line(string line, string expected) =>
        LogLine.OneLine(line).Should().Be(expected);
}
