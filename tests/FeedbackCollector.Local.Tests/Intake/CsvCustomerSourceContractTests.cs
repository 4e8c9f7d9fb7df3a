using System.Globalization;
using FeedbackCollector.Local.Intake;
using FeedbackCollector.Local.Tests.TestSupport;
using FeedbackCollector.Testing.Contracts;

namespace FeedbackCollector.Local.Tests.Intake;

/// <summary>customers.csv passes the contract the sheet and calendar sources pass; rows are appended as a booking tool would.</summary>
public sealed class CsvCustomerSourceContractTests : CustomerSourceContract, IDisposable
{
    private readonly TempFolder _folder = new();

    protected override async Task<CustomerSourceUnderTest> CreateSourceAsync()
    {
        var path = _folder.File("customers.csv");
        await File.WriteAllTextAsync(path, "first_name,email,phone,visit_type,visit_end,source_id\n", TestContext.Current.CancellationToken);
        return new CustomerSourceUnderTest(new CsvCustomerSource(path, "Asia/Singapore"),
            row => AppendLineAsync(path,
                $"{row.FirstName},{row.Email},,{row.VisitType},{row.EndedAt.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture)},"),
            () => AppendLineAsync(path, "Dan,dan-at-example.org,,haircut,tomorrow-ish,"),
            CsvCustomerSource.MaxRowsPerBatch);
    }

    private static Task AppendLineAsync(string path, string line) =>
        File.AppendAllTextAsync(path, line + "\n", TestContext.Current.CancellationToken);

    public void Dispose() => _folder.Dispose();
}
