using PublicHoliday;

namespace FeedbackCollector.Core.Scheduling;

/// <summary>
/// Maps ISO 3166 alpha-2 codes to the PublicHoliday package's calendars. An explicit switch, not
/// the package's factory, so the mapping is visible, trims cleanly and has no surprises under AOT.
/// </summary>
internal static class CountryHolidays
{
    public static IPublicHolidays? For(string isoCode) => isoCode.Trim().ToUpperInvariant() switch
    {
        "AT" => new AustriaPublicHoliday(),
        "AU" => new AustraliaPublicHoliday(),
        "BE" => new BelgiumPublicHoliday(),
        "BR" => new BrazilPublicHoliday(),
        "CA" => new CanadaPublicHoliday(),
        "CH" => new SwitzerlandPublicHoliday(),
        "CZ" => new CzechRepublicPublicHoliday(),
        "DE" => new GermanPublicHoliday(),
        "DK" => new DenmarkPublicHoliday(),
        "EE" => new EstoniaPublicHoliday(),
        "ES" => new SpainPublicHoliday(),
        "FI" => new FinlandPublicHoliday(),
        "FR" => new FrancePublicHoliday(),
        "GB" or "UK" => new UKBankHoliday(),
        "GR" => new GreecePublicHoliday(),
        "HR" => new CroatiaPublicHoliday(),
        "HU" => new HungaryPublicHoliday(),
        "IE" => new IrelandPublicHoliday(),
        "IT" => new ItalyPublicHoliday(),
        "JP" => new JapanPublicHoliday(),
        "KZ" => new KazakhstanPublicHoliday(),
        "LT" => new LithuaniaPublicHoliday(),
        "LU" => new LuxembourgPublicHoliday(),
        "LV" => new LatviaPublicHoliday(),
        "ME" => new MontenegroPublicHoliday(),
        "MX" => new MexicoPublicHoliday(),
        "NL" => new DutchPublicHoliday(),
        "NO" => new NorwayPublicHoliday(),
        "NZ" => new NewZealandPublicHoliday(),
        "PL" => new PolandPublicHoliday(),
        "PT" => new PortugalPublicHoliday(),
        "RO" => new RomanianPublicHoliday(),
        "RS" => new SerbianPublicHoliday(),
        "SE" => new SwedenPublicHoliday(),
        "SI" => new SloveniaPublicHoliday(),
        "SK" => new SlovakiaPublicHoliday(),
        "TR" => new TurkeyPublicHoliday(),
        "US" => new USAPublicHoliday(),
        "ZA" => new SouthAfricaPublicHoliday(),
        _ => null,
    };

    public static IEnumerable<DateOnly> Dates(IPublicHolidays calendar, int fromYear, int toYear)
    {
        for (var year = fromYear; year <= toYear; year++)
        {
            foreach (var day in calendar.PublicHolidays(year)) yield return DateOnly.FromDateTime(day);
        }
    }
}
