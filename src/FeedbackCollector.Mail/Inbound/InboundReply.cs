using MimeKit;

namespace FeedbackCollector.Mail.Inbound;

/// <summary>
/// Reads one inbound reply (raw MIME as received) into a <see cref="ReplyParseResult"/>: who it was for,
/// who sent it, the customer's new words and whether a machine wrote it. Lenient like a mail client,
/// capped like a server: never throws for bad input.
/// </summary>
public static class InboundReply
{
    private static readonly string[] RecipientHeaders = ["To", "Cc", "Delivered-To", "X-Original-To"];

    public static ReplyParseResult Parse(ReadOnlyMemory<byte> raw, ReplyLimits? limits = null)
    {
        limits ??= ReplyLimits.Default;
        if (raw.Length > limits.MaxBytes)
            return ReplyParseResult.Failed($"message is {raw.Length} bytes, over the {limits.MaxBytes}-byte limit");
        using var stream = new MemoryStream(raw.ToArray(), writable: false);
        return ParseBounded(stream, limits);
    }

    public static ReplyParseResult Parse(Stream raw, ReplyLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(raw);
        limits ??= ReplyLimits.Default;
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = raw.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + read > limits.MaxBytes)
                return ReplyParseResult.Failed($"message is over the {limits.MaxBytes}-byte limit");
            buffer.Write(chunk, 0, read);
        }
        buffer.Position = 0;
        return ParseBounded(buffer, limits);
    }

    private static ReplyParseResult ParseBounded(Stream stream, ReplyLimits limits)
    {
        if (stream.Length == 0) return ReplyParseResult.Failed("message is empty");
        MimeMessage message;
        try
        {
            message = MimeMessage.Load(Options(limits), stream);
        }
        catch (FormatException ex)
        {
            return ReplyParseResult.Failed("not a MIME message: " + ex.Message);
        }
        return Read(message, limits);
    }

    private static ReplyParseResult Read(MimeMessage message, ReplyLimits limits)
    {
        var problems = new List<string>();
        var body = BodyText.Find(message, limits, problems);
        var newText = body is null ? "" : ReplyTextExtractor.Extract(body, limits.MaxReplyChars);
        if (body is null) problems.Add("no text/plain or text/html part");
        return new ReplyParseResult(
            Ok: true,
            Recipients: RecipientsOf(message),
            From: message.From.Mailboxes.FirstOrDefault()?.Address?.ToLowerInvariant(),
            Subject: message.Subject,
            MessageId: message.MessageId,
            NewText: newText,
            AutoReply: AutoReplyDetector.Detect(message, newText),
            Problems: problems,
            DeliveryFailure: DeliveryReport.Read(message));
    }

    private static List<string> RecipientsOf(MimeMessage message)
    {
        var found = new List<string>();
        foreach (var header in message.Headers)
        {
            if (!RecipientHeaders.Contains(header.Field, StringComparer.OrdinalIgnoreCase)) continue;
            if (!InternetAddressList.TryParse(header.Value, out var list)) continue;
            foreach (var mailbox in list.Mailboxes)
            {
                var address = mailbox.Address?.Trim().ToLowerInvariant();
                if (!string.IsNullOrEmpty(address) && !found.Contains(address)) found.Add(address);
            }
        }
        return found;
    }

    private static ParserOptions Options(ReplyLimits limits)
    {
        var options = ParserOptions.Default.Clone();
        options.AddressParserComplianceMode = RfcComplianceMode.Looser;
        options.ParameterComplianceMode = RfcComplianceMode.Looser;
        options.AllowAddressesWithoutDomain = true;
        options.MaxMimeDepth = limits.MaxDepth;
        return options;
    }
}
