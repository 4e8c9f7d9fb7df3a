using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using FeedbackCollector.Lambda.Events;
using FeedbackCollector.Lambda.Roles;
using FeedbackCollector.Lambda.Runtime;

namespace FeedbackCollector.Lambda.Handlers;

/// <summary>
/// What every role's handler shares: tell the event's shape, answer "warmup" without touching a use
/// case, and refuse shapes the role does not take with a typed error (never a silent success).
/// </summary>
internal abstract class RoleHandler(Role role) : IInvocationHandler
{
    public string Name { get; } = Roles.Roles.NameOf(role);

    public Task<HandlerResult> HandleAsync(ReadOnlyMemory<byte> payload, InvocationContext context, CancellationToken ct)
    {
        var shape = EventShapes.Detect(payload.Span);
        if (shape == EventShape.DirectInvoke)
        {
            var invoke = Read(payload, LambdaEventsJsonContext.Default.DirectInvoke);
            if (invoke.Kind == DirectInvokeKinds.Warmup) return Task.FromResult(Respond(new RoleResponse(Name, "warm")));
            return HandleDirectAsync(invoke, context, ct);
        }
        return shape switch
        {
            EventShape.FunctionUrl => HandleFunctionUrlAsync(Read(payload, LambdaEventsJsonContext.Default.FunctionUrlRequest), ct),
            EventShape.S3 => HandleS3Async(Read(payload, LambdaEventsJsonContext.Default.S3Event), context, ct),
            EventShape.SchedulerJob => HandleJobAsync(Read(payload, LambdaEventsJsonContext.Default.SchedulerJob), ct),
            _ => throw new UnsupportedEventException($"{Name}: the event is not one of our shapes (Function URL, S3, scheduler job, direct invoke)"),
        };
    }

    protected virtual Task<HandlerResult> HandleFunctionUrlAsync(FunctionUrlRequest request, CancellationToken ct) => Refuse("a Function URL request");

    protected virtual Task<HandlerResult> HandleS3Async(S3Event s3, CancellationToken ct) => Refuse("an S3 event");

    /// <summary>For a handler whose work is bounded by the invocation's deadline (request-builder's customer list).</summary>
    protected virtual Task<HandlerResult> HandleS3Async(S3Event s3, InvocationContext context, CancellationToken ct) => HandleS3Async(s3, ct);

    protected virtual Task<HandlerResult> HandleJobAsync(SchedulerJob job, CancellationToken ct) => Refuse($"the scheduled task '{Cap(job.Name)}'");

    protected virtual Task<HandlerResult> HandleDirectAsync(DirectInvoke invoke, CancellationToken ct) => Refuse($"the direct invoke '{Cap(invoke.Kind)}'");

    protected virtual Task<HandlerResult> HandleDirectAsync(DirectInvoke invoke, InvocationContext context, CancellationToken ct) => HandleDirectAsync(invoke, ct);

    protected Task<HandlerResult> Refuse(string what) =>
        throw new UnsupportedEventException($"{Name} does not take {what}");

    protected static HandlerResult Respond(RoleResponse response) =>
        new(JsonSerializer.SerializeToUtf8Bytes(response, LambdaEventsJsonContext.Default.RoleResponse), response.Outcome);

    protected HandlerResult Respond(UseCases.StepOutcome outcome) =>
        Respond(new RoleResponse(Name, outcome.Outcome, outcome.CustomerId, outcome.AskId, outcome.Count)) with { Alerts = outcome.Alerts, Warnings = outcome.Warnings };

    protected static string Require(string? value, string field) =>
        string.IsNullOrWhiteSpace(value) ? throw new InvalidEventException($"the event has no {field}") : value;

    protected static string Cap(string? text) => text is null ? "" : text.Length <= 40 ? text : text[..40] + "…";

    private static T Read<T>(ReadOnlyMemory<byte> payload, JsonTypeInfo<T> type)
    {
        try
        {
            return JsonSerializer.Deserialize(payload.Span, type) ?? throw new InvalidEventException("the event is JSON null");
        }
        catch (JsonException error)
        {
            // The message names the path and position, never the payload's values.
            throw new InvalidEventException($"the event does not parse as {typeof(T).Name}: {error.Message}");
        }
    }
}

/// <summary>The event is of a shape or kind this role does not take (a wiring mistake; retrying will not help).</summary>
internal sealed class UnsupportedEventException(string message) : Exception(message);

/// <summary>The event has the right shape but misses or garbles a field it needs.</summary>
internal sealed class InvalidEventException(string message) : Exception(message);
