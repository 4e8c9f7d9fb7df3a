using FeedbackCollector.Web.Owner;

namespace FeedbackCollector.App.Owner;

/// <summary>The newest mails of a local outbox, for the owner page (AWS has none: SES keeps no outbox).</summary>
public interface IOutboxView
{
    IReadOnlyList<OutboxItem> Newest(int count);
}
