using FeedbackCollector.Core.Model;

namespace FeedbackCollector.Core.Ports;

/// <summary>
/// The owner's customer list (a Google Sheet on AWS, customers.csv locally), which every sale lands in as a row.
/// Contract: one call adds one row at the end, with the visit's source and source id (its natural key), every cell
/// guarded against formulas (<see cref="CustomerList.CustomerListCells.Guard"/>), existing rows untouched; columns the
/// list lacks are added to its header. A retried call may add the row again; planning collapses rows by ask id.
/// Throws on failure (the webhook sender retries).
/// </summary>
public interface ICustomerListAppender
{
    Task AppendAsync(Visit visit, CancellationToken ct = default);
}
