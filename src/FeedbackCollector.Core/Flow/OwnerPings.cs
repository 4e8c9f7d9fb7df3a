using System.Globalization;
using FeedbackCollector.Core.Model;
using FeedbackCollector.Core.Ports;
using FeedbackCollector.Core.Voice;

namespace FeedbackCollector.Core.Flow;

/// <summary>
/// Composes the private owner ping: the customer's words and one-tap contact links. The review link is
/// never among its values, so even an owner template naming {review_link} cannot leak it here.
/// </summary>
public static class OwnerPings
{
    public static OwnerPing For(Ask ask, Feedback feedback, OwnerDocSet docs)
    {
        ArgumentNullException.ThrowIfNull(ask);
        ArgumentNullException.ThrowIfNull(docs);
        var (stars, words) = AnswerText.Split(feedback);
        var contact = string.Join(", ", new[] { ask.Customer.Phone, ask.Customer.Email }.Where(c => !string.IsNullOrWhiteSpace(c)));
        var values = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["first_name"] = ask.Customer.FirstName,
            ["business"] = docs.Rules.BusinessName,
            ["visit_type"] = ask.VisitType,
            ["stars"] = stars is { } n ? $"{n.ToString(CultureInfo.InvariantCulture)} of 5 stars" : "written reply",
            ["message"] = words ?? "(no words)",
            ["customer_contact"] = contact.Length == 0 ? "no contact details" : contact,
        };
        var subject = $"{ask.Customer.FirstName} was {BucketWord(feedback.Bucket)} after a {ask.VisitType}";
        return new OwnerPing(ask.CustomerId, ask.AskId, subject,
            docs.Voice.Render(VoiceKey.OwnerPing, values, Medium.PlainText), ContactLinks(ask.Customer));
    }

    /// <summary>tel: and sms: for a phone, mailto: for an email.</summary>
    public static IReadOnlyList<Uri> ContactLinks(Customer customer)
    {
        ArgumentNullException.ThrowIfNull(customer);
        var links = new List<Uri>();
        if (!string.IsNullOrWhiteSpace(customer.Phone))
        {
            var phone = new string([.. customer.Phone.Where(c => char.IsAsciiDigit(c) || c == '+')]);
            if (phone.Any(char.IsAsciiDigit))
            {
                links.Add(new Uri("tel:" + phone));
                links.Add(new Uri("sms:" + phone));
            }
        }
        if (!string.IsNullOrWhiteSpace(customer.Email) && Uri.TryCreate("mailto:" + Uri.EscapeDataString(customer.Email.Trim()).Replace("%40", "@", StringComparison.Ordinal), UriKind.Absolute, out var mail))
        {
            links.Add(mail);
        }
        return links;
    }

    private static string BucketWord(Bucket bucket) => bucket switch
    {
        Bucket.Happy => "happy",
        Bucket.Unhappy => "unhappy",
        _ => "unclear",
    };
}
