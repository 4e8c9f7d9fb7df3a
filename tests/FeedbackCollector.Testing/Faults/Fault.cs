namespace FeedbackCollector.Testing.Faults;

/// <summary>What the fault proxy does to one request instead of (or besides) forwarding it.</summary>
public abstract record Fault
{
    /// <summary>The service's own "slow down" answer (ThrottlingException, ProvisionedThroughputExceededException, SlowDown…).</summary>
    public static Fault Throttle { get; } = new ThrottleFault();

    /// <summary>A 500 or 503 error answer in the service's error shape; the request is not forwarded.</summary>
    public static Fault Status(int status) => new StatusFault(status);

    /// <summary>No answer for this long (longer than the client's timeout), then the connection is closed; not forwarded.</summary>
    public static Fault Hang(TimeSpan span) => new HangFault(span, Forward: false);

    /// <summary>Forwarded (the service acts on it), then no answer for this long: the answer is lost to a timeout.</summary>
    public static Fault HangAfterForwarding(TimeSpan span) => new HangFault(span, Forward: true);

    /// <summary>The connection is closed before the request reaches the service.</summary>
    public static Fault DropBeforeForwarding { get; } = new DropFault(Forward: false);

    /// <summary>The service acts on the request, then the connection is closed before its answer.</summary>
    public static Fault DropAfterForwarding { get; } = new DropFault(Forward: true);

    public abstract string Name { get; }

    public override string ToString() => Name;
}

public sealed record ThrottleFault : Fault
{
    public override string Name => "throttle";
}

public sealed record StatusFault(int Code) : Fault
{
    public override string Name => "status " + Code;
}

public sealed record HangFault(TimeSpan Span, bool Forward) : Fault
{
    public override string Name => Forward ? "timeout after forwarding" : "timeout";
}

public sealed record DropFault(bool Forward) : Fault
{
    public override string Name => Forward ? "drop after forwarding" : "drop before forwarding";
}
