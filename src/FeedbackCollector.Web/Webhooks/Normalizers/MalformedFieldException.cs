namespace FeedbackCollector.Web.Webhooks.Normalizers;

/// <summary>
/// A field of a verified body that cannot be read (not text, a date out of range). Thrown from deep inside
/// the JSON helpers and turned into a 400 "malformed" naming the field by <see cref="WebhookScheme"/>.
/// </summary>
public sealed class MalformedFieldException : Exception
{
    public MalformedFieldException(string field, string problem)
        : base($"{field} {problem}")
    {
        Field = field;
    }

    public MalformedFieldException()
    {
        Field = "";
    }

    public MalformedFieldException(string message, Exception innerException)
        : base(message, innerException)
    {
        Field = "";
    }

    public string Field { get; }
}
