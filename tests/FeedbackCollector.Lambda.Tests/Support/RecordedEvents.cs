namespace FeedbackCollector.Lambda.Tests.Support;

/// <summary>The recorded-shape events of sam/events/&lt;role&gt;/ and tests/FeedbackCollector.Lambda.Tests/events, copied beside the tests as events/&lt;name&gt;.json.</summary>
public static class RecordedEvents
{
    public static string PathOf(string name) => Path.Combine(AppContext.BaseDirectory, "events", name);

    public static byte[] Bytes(string name) => File.ReadAllBytes(PathOf(name));

    public static string Text(string name) => File.ReadAllText(PathOf(name));
}
