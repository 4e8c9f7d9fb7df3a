using System.Globalization;
using FeedbackCollector.Core.Flow;
using FeedbackCollector.Core.Model;
using FeedbackCollector.Core.Ports;
using FeedbackCollector.Core.Tokens;
using NodaTime;

namespace FeedbackCollector.Core.Sweeps;

/// <summary>A complaint for the digest, with its ask when known (first name, visit type).</summary>
public sealed record DigestComplaint(OpenComplaint Complaint, Ask? Ask);

/// <summary>
/// The owner's daily digest as a message: each unclear answer (first name, visit type, local time, the customer's
/// words) with Happy / Unhappy / Dismiss, then each complaint open for over a day with Mark resolved. Plain text;
/// the channel escapes it. Null when nothing needs the owner.
/// </summary>
public static class OwnerDigest
{
    public static string Key(DateTimeOffset now, string timeZone) =>
        Instant.FromDateTimeOffset(now).InZone(MonthWindow.Zone(timeZone)).Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static OwnerPing? Compose(IReadOnlyList<UnclearItem> unclear, IReadOnlyList<DigestComplaint> complaints,
        string businessName, string timeZone, DateTimeOffset now, Func<string, string, OwnerTokenAction, DecisionLink> link)
    {
        ArgumentNullException.ThrowIfNull(unclear);
        ArgumentNullException.ThrowIfNull(complaints);
        ArgumentNullException.ThrowIfNull(link);
        if (unclear.Count == 0 && complaints.Count == 0) return null;
        var zone = MonthWindow.Zone(timeZone);
        var sections = new List<OwnerPingSection>();
        foreach (var item in unclear)
        {
            var f = item.Feedback;
            sections.Add(new OwnerPingSection("Unclear: " + Describe(f, item.Ask, zone),
                [link(f.CustomerId, f.AskId, OwnerTokenAction.Happy), link(f.CustomerId, f.AskId, OwnerTokenAction.Unhappy),
                 link(f.CustomerId, f.AskId, OwnerTokenAction.Dismiss)]));
        }
        foreach (var c in complaints)
        {
            var f = c.Complaint.Answer;
            sections.Add(new OwnerPingSection("Open complaint: " + Describe(f, c.Ask, zone), [link(f.CustomerId, f.AskId, OwnerTokenAction.Resolve)]));
        }
        var key = Key(now, timeZone);
        var text = $"{Count(unclear.Count, "answer needs", "answers need")} your decision and {Count(complaints.Count, "complaint is", "complaints are")} "
            + "still open after a day. Each link opens a page that asks you to confirm.";
        return new OwnerPing("digest", "digest-" + key, $"{businessName}: your daily digest for {key}", text, []) { Sections = sections };
    }

    private static string Describe(Feedback f, Ask? ask, DateTimeZone zone)
    {
        var (stars, words) = AnswerText.Split(f);
        var when = Instant.FromDateTimeOffset(f.ReceivedAt).InZone(zone).ToString("ddd d MMM, HH:mm", CultureInfo.InvariantCulture);
        var said = stars is { } n ? $"{n.ToString(CultureInfo.InvariantCulture)} of 5 stars" + (words is null ? "" : ": " + words) : words ?? "(no words)";
        return $"{ask?.Customer.FirstName ?? "a customer"} ({ask?.VisitType ?? "visit"}), {when}\n\"{said}\"";
    }

    private static string Count(int n, string one, string many) => n.ToString(CultureInfo.InvariantCulture) + " " + (n == 1 ? one : many);
}
