#:project ../../src/FeedbackCollector.Mail/FeedbackCollector.Mail.csproj
#:property PublishAot=false
// Reply extraction throughput for scripts/bench speed: every reply of the shared corpora (talon, zapier, discourse:
// .eml and bare bodies) through ReplyInput.Parse, the same call reply-handler and serve's SMTP listener make, warmed
// up and then timed in a loop. Run as `dotnet run reply-extract.cs -- CORPORA_REPLIES_FOLDER SECONDS`.
using System.Diagnostics;
using FeedbackCollector.Mail.Inbound;

var bodies = Directory.EnumerateFiles(args[0], "*", SearchOption.AllDirectories)
    .Where(p => p.EndsWith(".eml", StringComparison.Ordinal) || p.EndsWith(".txt", StringComparison.Ordinal))
    .Select(File.ReadAllBytes).ToArray();
var seconds = double.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture);
long bytes = bodies.Sum(b => (long)b.Length), parsed = 0, kept = 0;
// Tier-1 code, not tier-0, is what a running host extracts with.
for (var warm = Stopwatch.StartNew(); warm.Elapsed.TotalSeconds < 2;) foreach (var b in bodies) ReplyInput.Parse(b);
var clock = Stopwatch.StartNew();
while (clock.Elapsed.TotalSeconds < seconds)
{
    foreach (var b in bodies) kept += ReplyInput.Parse(b).NewText.Length;
    parsed += bodies.Length;
}
Console.WriteLine($"{bodies.Length} {bytes} {parsed} {clock.Elapsed.TotalSeconds:F3} {kept}");
