namespace FeedbackCollector.Core.Model;

/// <summary>
/// Where "sign out everywhere" is kept: an audit row under a key no customer has, so both runtimes hold it in the store
/// the owner page already reads and writes (on AWS, reply-handler's audit rights; no secret to rewrite). A session
/// started before the newest such row is over.
/// </summary>
public static class OwnerSessionsEnded
{
    public const string CustomerId = "owner-page";
    public const string AskId = "sessions";

    public static AuditEntry Entry(DateTimeOffset at, string byUser) =>
        new(CustomerId, at, AskId, null, Move.SessionsEnded, null, byUser, "every owner-page session ended");

    /// <summary>When sessions were last ended, from the rows under the key; null when never.</summary>
    public static DateTimeOffset? Latest(IEnumerable<AuditEntry> rows) =>
        rows.Where(e => e.Move == Move.SessionsEnded).Select(e => (DateTimeOffset?)e.Ts).Max();
}
