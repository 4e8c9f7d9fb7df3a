using System.Text.RegularExpressions;
using FeedbackCollector.Core.Model;
using FeedbackCollector.Core.Sms;

namespace FeedbackCollector.Core.Privacy;

/// <summary>
/// One customer named by an email or a phone number, as an erasure or export request gives it, and the one test of
/// whether a row, a raw body or a file names them. A phone is matched as written in any usual way ("+65 9123 4567",
/// "6591234567", "9123-4567"): its digits with separators between them, never inside a longer run of digits.
/// </summary>
public sealed class ContactMatcher
{
    private readonly List<Regex> _patterns = [];

    private ContactMatcher(string? email, string? phone, IEnumerable<string>? customerIds = null)
    {
        Email = email;
        Phone = phone;
        if (email is not null) _patterns.Add(new Regex(Regex.Escape(email), RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, Timeout));
        if (phone is not null && PhoneNormalizer.Parts(phone) is { } parts)
        {
            _patterns.Add(DigitsPattern(parts.CountryCode + parts.National));
            _patterns.Add(DigitsPattern(parts.National));
        }
        foreach (var id in customerIds ?? []) _patterns.Add(new Regex(Regex.Escape(id), RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, Timeout));
    }

    /// <summary>
    /// The same contact, also recognised by the customer ids their rows are kept under (a message id, a reply address
    /// or a marker file names a customer by id, not by email).
    /// </summary>
    public ContactMatcher WithCustomerIds(IEnumerable<string> ids) => new(Email, Phone, ids.Append(DirectCustomerId).Distinct(StringComparer.Ordinal));

    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(2);

    /// <summary>The email, lower-cased; null when the request named a phone.</summary>
    public string? Email { get; }

    /// <summary>The phone in E.164; null when the request named an email.</summary>
    public string? Phone { get; }

    /// <summary>What the request named, as normalised (for the report; it is the requester's own contact).</summary>
    public string Contact => Email ?? Phone!;

    /// <summary>The customer id the flow derives from this contact alone (an email, or a phone-only customer).</summary>
    public string DirectCustomerId => AskId.ForCustomer(Email, Phone);

    /// <summary>Reads an email or a phone (a phone without +… in <paramref name="region"/>), or says why not.</summary>
    public static (ContactMatcher? Matcher, string? Problem) Parse(string input, string? region)
    {
        var text = input?.Trim() ?? "";
        if (text.Length == 0) return (null, "give an email address or a phone number");
        if (text.Contains('@', StringComparison.Ordinal))
        {
            return text.Length > 254 || text.Any(char.IsWhiteSpace) ? (null, "that is not an email address") : (new ContactMatcher(text.ToLowerInvariant(), null), null);
        }
        var phone = PhoneNormalizer.Normalize(text, region);
        return phone.E164 is { } e164 ? (new ContactMatcher(null, e164), null) : (null, "phone number: " + phone.Problem);
    }

    /// <summary>True when the customer record is this contact's.</summary>
    public bool Names(Customer customer)
    {
        ArgumentNullException.ThrowIfNull(customer);
        return customer.CustomerId == DirectCustomerId
            || (Email is not null && string.Equals(customer.Email?.Trim(), Email, StringComparison.OrdinalIgnoreCase))
            || (Phone is not null && customer.Phone is { } p && Names(p));
    }

    /// <summary>True when the text (a raw body, a file) contains the email or the phone number.</summary>
    public bool Names(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return _patterns.Exists(p => p.IsMatch(text));
    }

    private static Regex DigitsPattern(string digits) =>
        new(@"(?<![0-9])" + string.Join(@"[\s().-]{0,2}", digits.Select(c => c.ToString())) + @"(?![0-9])",
            RegexOptions.CultureInvariant, Timeout);
}
