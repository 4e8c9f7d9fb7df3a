using PhoneNumbers;

namespace FeedbackCollector.Core.Sms;

/// <summary>A phone number as given, checked: the E.164 form, or why it cannot be texted.</summary>
public sealed record PhoneCheck(string? E164, string? Problem)
{
    public bool IsValid => E164 is not null;
}

/// <summary>
/// Normalises customers' phone numbers to E.164 with libphonenumber. A number written without a country code
/// ("9123 4567") is read as a number of the business's country (the default region); one with "+" or "00"
/// needs none. Never throws: a number that cannot be a real number says why.
/// </summary>
public static class PhoneNormalizer
{
    private const int MaxChars = 40;
    private static readonly PhoneNumberUtil Util = PhoneNumberUtil.GetInstance();

    /// <param name="defaultRegion">An ISO 3166 alpha-2 code such as "SG"; null: only numbers with a country code are understood.</param>
    public static PhoneCheck Normalize(string raw, string? defaultRegion)
    {
        ArgumentNullException.ThrowIfNull(raw);
        var text = raw.Trim();
        if (text.Length == 0) return new PhoneCheck(null, "the phone number is empty");
        if (text.Length > MaxChars) return new PhoneCheck(null, $"the phone number is longer than {MaxChars} characters");
        var region = string.IsNullOrWhiteSpace(defaultRegion) ? "ZZ" : defaultRegion.Trim().ToUpperInvariant();
        PhoneNumber number;
        try
        {
            number = Util.Parse(text, region);
        }
        catch (NumberParseException e)
        {
            return new PhoneCheck(null, Reason(e.ErrorType, region == "ZZ"));
        }
        if (!Util.IsValidNumber(number))
        {
            return new PhoneCheck(null, $"'{text}' is not a valid number (read as +{number.CountryCode} {number.NationalNumber})");
        }
        return new PhoneCheck(Util.Format(number, PhoneNumberFormat.E164), null);
    }

    /// <summary>The country code and the national number's digits of an E.164 number, e.g. ("65", "91234567").</summary>
    public static (string CountryCode, string National)? Parts(string e164)
    {
        try
        {
            var number = Util.Parse(e164, "ZZ");
            return (number.CountryCode.ToString(System.Globalization.CultureInfo.InvariantCulture),
                Util.GetNationalSignificantNumber(number));
        }
        catch (NumberParseException)
        {
            return null;
        }
    }

    private static string Reason(ErrorType error, bool noRegion) => error switch
    {
        ErrorType.INVALID_COUNTRY_CODE when noRegion => "the number has no country code (+…) and the business's country is not set (rules.txt's Country)",
        ErrorType.INVALID_COUNTRY_CODE => "the number's country code is not a real one",
        ErrorType.NOT_A_NUMBER => "it is not a phone number",
        ErrorType.TOO_SHORT_AFTER_IDD or ErrorType.TOO_SHORT_NSN => "the number is too short",
        ErrorType.TOO_LONG => "the number is too long",
        _ => "it is not a phone number",
    };
}
