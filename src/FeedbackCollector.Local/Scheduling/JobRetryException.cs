namespace FeedbackCollector.Local.Scheduling;

/// <summary>
/// Thrown by a job handler to say "not done, run me again later" without it being a fault, e.g. when
/// the flow's AskSender returns an outcome with Retry set after a transient send failure. The loop
/// records the reason and retries with backoff, exactly as for any other exception.
/// </summary>
public sealed class JobRetryException : Exception
{
    public JobRetryException()
    {
    }

    public JobRetryException(string reason) : base(reason)
    {
    }

    public JobRetryException(string reason, Exception inner) : base(reason, inner)
    {
    }
}
