using System.Runtime.InteropServices;
using FeedbackCollector.Lambda.Composition;
using FeedbackCollector.Lambda.Logging;
using FeedbackCollector.Lambda.Runtime;

// The AOT bootstrap: Lambda execs this with AWS_LAMBDA_RUNTIME_API set; FC_ROLE picks the function.
var env = new ProcessEnvironment();
var log = new WorkLog(Console.Out);
var runtimeApi = env.Get("AWS_LAMBDA_RUNTIME_API");
if (string.IsNullOrWhiteSpace(runtimeApi))
{
    log.Write(new WorkLogLine("error", env.Get("FC_ROLE"), "init", null, "no-runtime-api", 0, "RuntimeApiException",
        "AWS_LAMBDA_RUNTIME_API is not set: run inside Lambda, or use scripts/invoke"));
    return LambdaLoop.RuntimeApiFailed;
}

using var stop = new CancellationTokenSource();
using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, signal =>
{
    signal.Cancel = true;
    stop.Cancel();
});
// System time in production; a test-only start instant when FC_TEST_CLOCK_START is set (never by the template).
var clock = BootstrapClock.From(env);
var loop = new LambdaLoop(HttpRuntimeApi.For(runtimeApi.Trim()), env, clock, log);
return await loop.RunAsync(ct => LambdaComposition.ComposeAsync(env, clock, ct, log), stop.Token);
