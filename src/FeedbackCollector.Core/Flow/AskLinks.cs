namespace FeedbackCollector.Core.Flow;

/// <summary>Every link and address one ask's mails carry. All derive from the same signed token.</summary>
/// <param name="Landing">The page with no star chosen yet (SMS, and the "open in browser" fallback).</param>
/// <param name="Stars">Star links 1..5: each opens a page with that star preselected; the POST there records it.</param>
/// <param name="Review">The review redirect, which counts the click and forwards to the owner's review page.</param>
/// <param name="ReplyTo">r-{compact token}@reply domain: a written reply finds its ask by this address.</param>
public sealed record AskLinks(
    Uri Landing,
    IReadOnlyList<Uri> Stars,
    Uri Unsubscribe,
    Uri Review,
    string ReplyTo);
