namespace FeedbackCollector.Core.Flow;

/// <summary>
/// "Not done, run me again later": a use case's step failed in a way a later attempt may fix (a mail
/// relay or API that timed out or throttled). The local scheduler retries it with backoff; on Lambda it
/// fails the invocation so the asynchronous invoke or schedule retries. Anything else thrown is a fault.
/// </summary>
public sealed class TransientFailureException : Exception
{
    public TransientFailureException()
    {
    }

    public TransientFailureException(string message) : base(message)
    {
    }

    public TransientFailureException(string message, Exception inner) : base(message, inner)
    {
    }
}
