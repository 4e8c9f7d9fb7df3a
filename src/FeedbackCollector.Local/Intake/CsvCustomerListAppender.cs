using System.Text;
using FeedbackCollector.Core.CustomerList;
using FeedbackCollector.Core.Model;
using FeedbackCollector.Core.Ports;

namespace FeedbackCollector.Local.Intake;

/// <summary>
/// The local customer list: customers.csv, appended one RFC 4180 row per sale (cells guarded against formulas),
/// in the header's own column order. A missing file is created with <see cref="CustomerListHeader.Fields"/>; a
/// header without source or source_id gets them added at its end (the file is rewritten once, atomically), so a
/// sale's row carries the key that makes it the same ask as the sale. Appends in this process are serialised with each
/// other and with the watcher's reads (<see cref="CustomerListFileGate"/>).
/// </summary>
public sealed class CsvCustomerListAppender(string path) : ICustomerListAppender
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);
    private readonly string _path = Path.GetFullPath(path);

    public async Task AppendAsync(Visit visit, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(visit);
        using (await CustomerListFileGate.EnterAsync(_path, ct))
        {
            var columns = await EnsureHeaderAsync(ct);
            var line = CustomerListCells.CsvLine(CustomerListRow.Cells(visit, columns));
            await using var file = new FileStream(_path, FileMode.Open, FileAccess.ReadWrite, FileShare.Read);
            // A list the owner saved without a final line break gets one first, so the new row is a row of its own.
            if (file.Length > 0)
            {
                file.Seek(-1, SeekOrigin.End);
                if (file.ReadByte() != '\n') await file.WriteAsync("\n"u8.ToArray(), ct);
            }
            file.Seek(0, SeekOrigin.End);
            await file.WriteAsync(Utf8.GetBytes(line), ct);
            await file.FlushAsync(ct);
        }
    }

    /// <summary>The header's columns, after creating the file or adding the columns it lacks.</summary>
    private async Task<IReadOnlyList<string>> EnsureHeaderAsync(CancellationToken ct)
    {
        var head = File.Exists(_path) ? await ReadHeadAsync(ct) : "";
        var first = CsvRecordReader.Read(head, 1, wholeFile: true).FirstOrDefault();
        if (first is null || first.Fields.All(f => f.Trim().Length == 0))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(_path)!);
            await ReplaceAsync(CustomerListCells.CsvLine(CustomerListHeader.Fields), ct);
            return CustomerListHeader.Fields;
        }
        var (header, _) = CustomerListHeader.Read(first.Fields);
        var missing = header?.Missing() ?? [.. CustomerListHeader.Fields.Where(f => !first.Fields.Contains(f, StringComparer.OrdinalIgnoreCase))];
        if (missing.Count == 0) return first.Fields;
        IReadOnlyList<string> columns = [.. first.Fields, .. missing];
        var text = (await File.ReadAllTextAsync(_path, Utf8, ct)).TrimStart('\uFEFF');
        await ReplaceAsync(CustomerListCells.CsvLine(columns) + text[Math.Min(first.EndIndex, text.Length)..], ct);
        return columns;
    }

    /// <summary>The whole file at once (a temporary file moved over it), so the watcher never reads it half-written.</summary>
    private async Task ReplaceAsync(string text, CancellationToken ct)
    {
        var temp = _path + "." + Guid.NewGuid().ToString("N") + ".tmp";
        await File.WriteAllTextAsync(temp, text, Utf8, ct);
        File.Move(temp, _path, overwrite: true);
    }

    /// <summary>The start of the file, enough for any header row (without a BOM).</summary>
    private async Task<string> ReadHeadAsync(CancellationToken ct)
    {
        await using var file = new FileStream(_path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        var buffer = new byte[CsvRecordReader.MaxRecordChars * 4];
        var read = await file.ReadAtLeastAsync(buffer, buffer.Length, throwOnEndOfStream: false, ct);
        return Utf8.GetString(buffer, 0, read).TrimStart('\uFEFF');
    }
}
