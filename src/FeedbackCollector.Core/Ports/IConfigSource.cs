namespace FeedbackCollector.Core.Ports;

/// <summary>A setting with where it came from, for `doctor`.</summary>
public sealed record ConfigValue(string Key, string Value, string Origin);

/// <summary>Operator settings (Parameter Store /fc/config/ on AWS, a config file locally).</summary>
public interface IConfigSource
{
    /// <summary>All settings this source has, keyed by their short name (e.g. "timezone").</summary>
    Task<IReadOnlyDictionary<string, ConfigValue>> LoadAsync(CancellationToken ct = default);
}
