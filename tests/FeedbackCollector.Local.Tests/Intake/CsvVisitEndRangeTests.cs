using FeedbackCollector.Core.Rules;
using FeedbackCollector.Local.Intake;
using FeedbackCollector.Local.Tests.TestSupport;

namespace FeedbackCollector.Local.Tests.Intake;

/// <summary>
/// Issue 15's CSV guard: a customers.csv row whose visit_end is in year 9999, before 2000, or no date at all is a row
/// problem with its line and the reason, never an exception and never a visit planned for a time that cannot be scheduled.
/// </summary>
public sealed class CsvVisitEndRangeTests : IDisposable
{
    private const string Header = "first_name,email,phone,visit_type,visit_end,source_id\n";
    private readonly TempFolder _folder = new();

    private string CsvPath => _folder.File("customers.csv");

    [Theory]
    [InlineData("9999-12-31 23:59", "year 9999")]
    [InlineData("9999-12-31T23:59:59+08:00", "year 9999")]
    [InlineData("9999-12-31T23:00:00Z", "year 9999")]
    [InlineData("2200-01-01 00:00", "year 2200")]
    [InlineData("1999-12-31 10:00", "year 1999")]
    [InlineData("0001-01-01 00:00", "year 1")]
    [InlineData("0001-01-01T00:00:00+14:00", "is not a date")]
    [InlineData("9999-12-31T23:59:59-05:00", "is not a date")]
    [InlineData("2026-02-30 10:00", "is not a date")]
    [InlineData("31/31/2026", "is not a date")]
    public async Task A_visit_end_in_year_9999_planned_a_wrong_schedule_or_threw_is_fixed_it_is_a_row_problem_with_its_line_and_reason(string visitEnd, string reason)
    {
        await File.WriteAllTextAsync(CsvPath, Header
            + "Ann,ann@example.com,,,2026-11-28 14:30,b-1\n"
            + $"Bo,bo@example.com,,,{visitEnd},b-2\n"
            + "Cy,cy@example.com,,,2026-11-28 14:33,b-3\n");

        var batch = await new CsvCustomerSource(CsvPath, "Asia/Singapore").ReadSinceAsync(null);

        batch.Visits.Select(v => v.SourceId).Should().Equal("b-1", "b-3");
        var problem = batch.Problems.Should().ContainSingle().Subject;
        problem.Line.Should().Be(3);
        problem.Severity.Should().Be(ProblemSeverity.Error);
        problem.Message.Should().Contain("visit_end").And.Contain(visitEnd).And.Contain(reason);
    }

    [Fact]
    public async Task The_range_is_2000_to_2199_both_ends_kept()
    {
        await File.WriteAllTextAsync(CsvPath, Header + "Ann,ann@example.com,,,2000-01-01T00:00:00Z,b-1\nBo,bo@example.com,,,2199-12-31 08:00,b-2\n");

        var batch = await new CsvCustomerSource(CsvPath, "Asia/Singapore").ReadSinceAsync(null);

        batch.Problems.Should().BeEmpty();
        batch.Visits.Should().HaveCount(2);
    }

    public void Dispose() => _folder.Dispose();
}
