using System.Globalization;
using System.Text;

namespace FeedbackCollector.Testing.Faults;

/// <summary>Just enough HTTP/1.1 for the fault proxy: one request read off a stream (Content-Length or chunked), one response written.</summary>
internal static class HttpWire
{
    private const int MaxHeaderBytes = 64 * 1024;

    /// <summary>The next request on the connection, or null when the client closed it.</summary>
    public static async Task<ProxiedRequest?> ReadRequestAsync(Stream stream, CancellationToken ct)
    {
        var head = await ReadHeadAsync(stream, ct);
        if (head is null) return null;
        var lines = head.Split("\r\n");
        var requestLine = lines[0].Split(' ');
        var headers = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in lines.Skip(1).Where(l => l.Length > 0))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            var name = line[..colon].Trim().ToLowerInvariant();
            var value = line[(colon + 1)..].Trim();
            headers[name] = headers.TryGetValue(name, out var earlier) ? earlier + "," + value : value;
        }
        if (headers.TryGetValue("expect", out var expect) && expect.Equals("100-continue", StringComparison.OrdinalIgnoreCase))
        {
            await stream.WriteAsync("HTTP/1.1 100 Continue\r\n\r\n"u8.ToArray(), ct);
        }
        var body = headers.TryGetValue("transfer-encoding", out var te) && te.Contains("chunked", StringComparison.OrdinalIgnoreCase)
            ? await ReadChunkedAsync(stream, ct)
            : await ReadExactlyAsync(stream, headers.TryGetValue("content-length", out var cl) ? int.Parse(cl, CultureInfo.InvariantCulture) : 0, ct);
        return new ProxiedRequest(requestLine[0], requestLine[1], headers, body);
    }

    public static async Task WriteResponseAsync(Stream stream, int status, IEnumerable<KeyValuePair<string, string>> headers, byte[] body,
        bool headOnly, CancellationToken ct)
    {
        var text = new StringBuilder().Append(CultureInfo.InvariantCulture, $"HTTP/1.1 {status} Status{status}\r\n");
        var hasLength = false;
        foreach (var (name, value) in headers)
        {
            hasLength |= name.Equals("Content-Length", StringComparison.OrdinalIgnoreCase);
            if (headOnly || !name.Equals("Content-Length", StringComparison.OrdinalIgnoreCase)) text.Append(name).Append(": ").Append(value).Append("\r\n");
        }
        if (!headOnly) text.Append(CultureInfo.InvariantCulture, $"Content-Length: {body.Length}\r\n");
        else if (!hasLength) text.Append("Content-Length: 0\r\n");
        text.Append("\r\n");
        await stream.WriteAsync(Encoding.ASCII.GetBytes(text.ToString()), ct);
        if (!headOnly) await stream.WriteAsync(body, ct);
        await stream.FlushAsync(ct);
    }

    private static async Task<string?> ReadHeadAsync(Stream stream, CancellationToken ct)
    {
        var bytes = new List<byte>(1024);
        var one = new byte[1];
        while (bytes.Count < MaxHeaderBytes)
        {
            if (await stream.ReadAsync(one, ct) == 0) return null;
            bytes.Add(one[0]);
            var n = bytes.Count;
            if (n >= 4 && bytes[n - 4] == '\r' && bytes[n - 3] == '\n' && bytes[n - 2] == '\r' && bytes[n - 1] == '\n')
                return Encoding.ASCII.GetString(bytes.ToArray(), 0, n - 4);
        }
        throw new InvalidDataException("request head too large");
    }

    private static async Task<byte[]> ReadChunkedAsync(Stream stream, CancellationToken ct)
    {
        using var body = new MemoryStream();
        while (true)
        {
            var sizeLine = await ReadLineAsync(stream, ct);
            var size = int.Parse(sizeLine.Split(';')[0].Trim(), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
            if (size == 0)
            {
                while ((await ReadLineAsync(stream, ct)).Length > 0)
                {
                    // trailers are dropped
                }
                return body.ToArray();
            }
            body.Write(await ReadExactlyAsync(stream, size, ct));
            await ReadLineAsync(stream, ct);
        }
    }

    private static async Task<string> ReadLineAsync(Stream stream, CancellationToken ct)
    {
        var bytes = new List<byte>();
        var one = new byte[1];
        while (await stream.ReadAsync(one, ct) == 1)
        {
            if (one[0] == '\n') return Encoding.ASCII.GetString(bytes.ToArray()).TrimEnd('\r');
            bytes.Add(one[0]);
        }
        throw new EndOfStreamException();
    }

    private static async Task<byte[]> ReadExactlyAsync(Stream stream, int count, CancellationToken ct)
    {
        var buffer = new byte[count];
        await stream.ReadExactlyAsync(buffer, ct);
        return buffer;
    }
}
