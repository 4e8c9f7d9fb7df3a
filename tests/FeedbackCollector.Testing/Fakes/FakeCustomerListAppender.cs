using System.Text;
using FeedbackCollector.Core.CustomerList;
using FeedbackCollector.Core.Model;
using FeedbackCollector.Core.Ports;

namespace FeedbackCollector.Testing.Fakes;

/// <summary>The customer list in memory: a header of our columns and one guarded row per append; <see cref="Csv"/> renders it.</summary>
public sealed class FakeCustomerListAppender : ICustomerListAppender
{
    private readonly Lock _gate = new();
    private readonly List<string[]> _rows = [];

    /// <summary>When set, the next append throws it (and adds nothing), as a sheet that cannot be reached.</summary>
    public Exception? FailNext { get; set; }

    public IReadOnlyList<string[]> Rows
    {
        get { lock (_gate) return [.. _rows]; }
    }

    public Task AppendAsync(Visit visit, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(visit);
        if (FailNext is { } failure)
        {
            FailNext = null;
            throw failure;
        }
        lock (_gate) _rows.Add(CustomerListRow.Cells(visit, CustomerListHeader.Fields));
        return Task.CompletedTask;
    }

    public byte[] Csv()
    {
        var text = new StringBuilder(CustomerListCells.CsvLine(CustomerListHeader.Fields));
        foreach (var row in Rows) text.Append(CustomerListCells.CsvLine(row));
        return Encoding.UTF8.GetBytes(text.ToString());
    }
}
