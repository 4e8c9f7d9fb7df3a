using FeedbackCollector.Core.Ports;
using FeedbackCollector.Core.Summary;
using FeedbackCollector.Core.Sweeps;
using static FeedbackCollector.Testing.Contracts.ContractIds;

namespace FeedbackCollector.Testing.Contracts;

/// <summary>
/// A summary as the owner received it. <paramref name="Identity"/> is what makes two deliveries the same
/// summary to the owner's mail client (the Message-ID for email).
/// </summary>
public sealed record DeliveredSummary(string Recipient, string Subject, string Text, string Identity);

/// <param name="Recipient">Who summaries must reach (the owner).</param>
/// <param name="Delivered">Every summary the owner received, in order.</param>
public sealed record SummaryWriterUnderTest(
    ISummaryWriter Writer,
    string Recipient,
    Func<Task<IReadOnlyList<DeliveredSummary>>> Delivered,
    IAsyncDisposable? Owned = null) : IAsyncDisposable
{
    public ValueTask DisposeAsync() => Owned?.DisposeAsync() ?? ValueTask.CompletedTask;
}

/// <summary>
/// What every ISummaryWriter must do: the month's summary reaches the owner as written; a retried month
/// (the job ran again after a crash) is the same summary, not a second one; a failure is a SendResult
/// that says whether a retry can help, never an exception.
/// </summary>
public abstract class SummaryWriterContract
{
    /// <param name="available">False: the delivery path is down for now (a retry later can succeed).</param>
    protected abstract Task<SummaryWriterUnderTest> CreateWriterAsync(bool available = true);

    private const string Subject = "November at Kopi & Co: 40 asked, 31 happy";
    private const string Text = "Asked 40, answered 36. Happy 31 (86%) — 12 clicked the review link ☕. Unhappy 3, all resolved.";

    private static SummaryLetter Letter(string month, string subject = Subject, string paragraph = Text) =>
        new(month, subject, "Kopi & Co", paragraph, new MonthlyFigures(month, 40, 36, 31, 3, 2, 12, 3, 3, TimeSpan.FromHours(3)));

    [Fact]
    public async Task The_months_summary_reaches_the_owner_as_written()
    {
        await using var w = await CreateWriterAsync();

        var result = await w.Writer.WriteAsync(Letter("2026-11"), Ct);

        result.Sent.Should().BeTrue(result.Error);
        var got = (await w.Delivered()).Should().ContainSingle().Subject;
        got.Recipient.Should().Be(w.Recipient);
        got.Subject.Should().Be(Subject);
        got.Text.Should().Contain(Text).And.Contain("Review-link clicks").And.Contain("12", "the figures follow the paragraph as a table");
        got.Text.IndexOf(Text, StringComparison.Ordinal).Should().BeLessThan(got.Text.IndexOf("Review-link clicks", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_retried_month_is_the_same_summary_not_a_second_one()
    {
        await using var w = await CreateWriterAsync();

        (await w.Writer.WriteAsync(Letter("2026-11"), Ct)).Sent.Should().BeTrue();
        (await w.Writer.WriteAsync(Letter("2026-11"), Ct)).Sent.Should().BeTrue("a retry of a delivered month is not a failure");

        (await w.Delivered()).Select(d => d.Identity).Distinct().Should().ContainSingle();
    }

    [Fact]
    public async Task Each_month_is_its_own_summary()
    {
        await using var w = await CreateWriterAsync();

        await w.Writer.WriteAsync(Letter("2026-10", "October"), Ct);
        await w.Writer.WriteAsync(Letter("2026-11", "November"), Ct);

        var got = await w.Delivered();
        got.Select(d => d.Subject).Should().BeEquivalentTo("October", "November");
        got.Select(d => d.Identity).Should().OnlyHaveUniqueItems();
    }

    [Fact]
    public async Task A_delivery_path_that_is_down_is_a_transient_failure_not_an_exception()
    {
        await using var w = await CreateWriterAsync(available: false);

        var result = await w.Writer.WriteAsync(Letter("2026-11"), Ct);

        result.Should().BeEquivalentTo(new { Sent = false, Transient = true });
        result.Error.Should().NotBeNullOrWhiteSpace();
        (await w.Delivered()).Should().BeEmpty();
    }
}
