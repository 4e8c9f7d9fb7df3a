#:sdk Microsoft.NET.Sdk.Web
// The baseline of scripts/bench: a bare slim Kestrel app answering GET and POST / with a fixed page of the star
// page's size. Copied to a temporary folder and run with `dotnet run bare-kestrel.cs -- URL BYTES`.
var builder = WebApplication.CreateSlimBuilder();
builder.Logging.ClearProviders();
var app = builder.Build();
var page = "<!doctype html><title>x</title>" + new string('x', Math.Max(0, int.Parse(args[1]) - 30));
app.MapGet("/", () => Results.Content(page, "text/html; charset=utf-8"));
app.MapPost("/", () => Results.Content(page, "text/html; charset=utf-8"));
app.Run(args[0]);
