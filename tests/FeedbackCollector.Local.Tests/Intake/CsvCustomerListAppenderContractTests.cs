using System.Text;
using FeedbackCollector.Core.CustomerList;
using FeedbackCollector.Local.Intake;
using FeedbackCollector.Testing.Contracts;

namespace FeedbackCollector.Local.Tests.Intake;

/// <summary>customers.csv as the local customer list passes the appender contract (a temp folder per test).</summary>
public sealed class CsvCustomerListAppenderContractTests : CustomerListAppenderContract
{
    protected override async Task<CustomerListUnderTest> CreateAsync(IReadOnlyList<string[]>? existing)
    {
        var folder = Directory.CreateTempSubdirectory("fc-list-");
        var path = Path.Combine(folder.FullName, "customers.csv");
        // The owner's own file, saved by a spreadsheet: CRLF and no line break after the last row.
        if (existing is not null) await File.WriteAllTextAsync(path, string.Concat(existing.Select(CustomerListCells.CsvLine)).Replace("\n", "\r\n").TrimEnd());
        return new CustomerListUnderTest(new CsvCustomerListAppender(path), () => File.ReadAllBytesAsync(path), new Folder(folder));
    }

    private sealed class Folder(DirectoryInfo folder) : IAsyncDisposable
    {
        public ValueTask DisposeAsync()
        {
            folder.Delete(recursive: true);
            return ValueTask.CompletedTask;
        }
    }
}
