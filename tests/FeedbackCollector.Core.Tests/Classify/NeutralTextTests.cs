using FeedbackCollector.Core.Classify;
using FeedbackCollector.Core.Model;

namespace FeedbackCollector.Core.Tests.Classify;

/// <summary>
/// Factual text (a booking detail, a question, a news line) says nothing about the visit, so the classifier must
/// not commit: a confident mood on it would nudge or ping for nothing. The list is hand-made (Data/neutral-sentences.txt).
/// </summary>
public sealed class NeutralTextTests
{
    private static readonly string ListPath = Path.Combine(AppContext.BaseDirectory, "Classify", "Data", "neutral-sentences.txt");

    private static (List<string> Tuning, List<string> HeldAside) Load()
    {
        var lines = File.ReadAllLines(ListPath).Select(l => l.Trim()).ToList();
        var marker = lines.IndexOf("###held-aside");
        static List<string> Texts(IEnumerable<string> part) => [.. part.Where(l => l.Length > 0 && !l.StartsWith('#'))];
        return (Texts(lines.Take(marker)), Texts(lines.Skip(marker + 1)));
    }

    private static double UnclearRate(List<string> texts) =>
        texts.Count(t => LexiconMoodClassifier.Classify(t) is var r && (r.Mood == Mood.Unclear || r.Confidence < 0.7)) / (double)texts.Count;

    [Fact]
    public void The_list_has_thirty_tuning_and_thirty_held_aside_sentences()
    {
        var (tuning, held) = Load();
        tuning.Should().HaveCount(50);
        held.Should().HaveCount(50);
    }

    [Fact]
    public void At_least_nine_in_ten_held_aside_factual_sentences_are_unclear_at_the_default_threshold()
    {
        UnclearRate(Load().HeldAside).Should().BeGreaterThanOrEqualTo(0.9);
    }

    [Fact]
    public void At_least_nine_in_ten_tuning_factual_sentences_are_unclear_at_the_default_threshold()
    {
        UnclearRate(Load().Tuning).Should().BeGreaterThanOrEqualTo(0.9);
    }
}
