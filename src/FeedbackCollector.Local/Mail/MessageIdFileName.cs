namespace FeedbackCollector.Local.Mail;

/// <summary>A Message-ID as a file name, for the mailers that keep one file per message.</summary>
internal static class MessageIdFileName
{
    /// <summary>Message ids are "local@domain"; anything outside a plain set becomes '_' so the name is safe on every filesystem.</summary>
    public static string Of(string messageId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(messageId);
        var chars = messageId.Trim('<', '>').Select(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_' or '@' or '+' ? c : '_');
        var safe = new string(chars.ToArray());
        return safe.Length > 150 ? safe[..150] : safe;
    }
}
