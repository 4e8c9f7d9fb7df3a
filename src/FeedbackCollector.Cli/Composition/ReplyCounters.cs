using System.Text.Json;
using System.Text.Json.Serialization;

namespace FeedbackCollector.Cli.Composition;

/// <summary>Counts of written replies that were not routed (and of bounces and complaints that suppressed a customer), kept in data_dir/state/replies.json so they survive restarts.</summary>
internal sealed record ReplyCounts(
    [property: JsonPropertyName("routed")] int Routed,
    [property: JsonPropertyName("auto_replies_ignored")] int AutoRepliesIgnored,
    [property: JsonPropertyName("forged_tokens")] int ForgedTokens,
    [property: JsonPropertyName("unreadable")] int Unreadable,
    [property: JsonPropertyName("already_answered")] int AlreadyAnswered,
    [property: JsonPropertyName("bounces_suppressed")] int BouncesSuppressed = 0);

[JsonSerializable(typeof(ReplyCounts))]
internal sealed partial class ReplyCountsJson : JsonSerializerContext;

/// <summary>Thread-safe counters of the reply pipeline; every change is written through to the file.</summary>
internal sealed class ReplyCounters
{
    private readonly string _file;
    private readonly Lock _gate = new();
    private ReplyCounts _counts;

    public ReplyCounters(string file)
    {
        _file = file;
        _counts = Read(file) ?? new ReplyCounts(0, 0, 0, 0, 0);
    }

    public ReplyCounts Current
    {
        get { lock (_gate) return _counts; }
    }

    public void Add(Func<ReplyCounts, ReplyCounts> change)
    {
        lock (_gate)
        {
            _counts = change(_counts);
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(_file))!);
            var temp = _file + ".tmp";
            File.WriteAllText(temp, JsonSerializer.Serialize(_counts, ReplyCountsJson.Default.ReplyCounts));
            File.Move(temp, _file, overwrite: true);
        }
    }

    public static ReplyCounts? Read(string file) =>
        File.Exists(file) ? JsonSerializer.Deserialize(File.ReadAllText(file), ReplyCountsJson.Default.ReplyCounts) : null;
}
