namespace FeedbackCollector.Core.Tests.Scheduling;

/// <summary>
/// A holiday calendar in the shape the Ministry of Manpower publishes for Singapore (2026): all-day
/// events, a two-day Chinese New Year, "observed" Mondays, a VTIMEZONE whose own DTSTART is not a
/// holiday, folded lines, CRLF endings, and two observed days written as date-times (UTC and TZID).
/// </summary>
internal static class SingaporeHolidays
{
    public const string FileName = "sg-public-holidays-2026.ics";

    public static readonly DateOnly[] Expected =
    [
        new(2026, 1, 1), new(2026, 2, 17), new(2026, 2, 18), new(2026, 3, 21), new(2026, 4, 3), new(2026, 5, 1),
        new(2026, 5, 27), new(2026, 5, 31), new(2026, 6, 1), new(2026, 8, 9), new(2026, 8, 10), new(2026, 11, 8),
        new(2026, 11, 9), new(2026, 12, 25),
    ];

    public static string Text => Raw.ReplaceLineEndings("\r\n");

    private const string Raw = """
        BEGIN:VCALENDAR
        PRODID:-//Ministry of Manpower//Singapore Public Holidays 2026//EN
        VERSION:2.0
        CALSCALE:GREGORIAN
        METHOD:PUBLISH
        X-WR-CALNAME:Singapore Public Holidays 2026
        X-WR-TIMEZONE:Asia/Singapore
        X-WR-CALDESC:Public holidays in Singapore for 2026 as gazetted under the
          Holidays Act 1998
        BEGIN:VTIMEZONE
        TZID:Asia/Singapore
        BEGIN:STANDARD
        DTSTART:19820101T000000
        TZOFFSETFROM:+0730
        TZOFFSETTO:+0800
        TZNAME:+08
        END:STANDARD
        END:VTIMEZONE
        BEGIN:VEVENT
        DTSTAMP:20250612T020000Z
        UID:20260101-newyearsday@mom.gov.sg
        DTSTART;VALUE=DATE:20260101
        DTEND;VALUE=DATE:20260102
        SUMMARY:New Year's Day
        TRANSP:TRANSPARENT
        CATEGORIES:Public Holiday
        END:VEVENT
        BEGIN:VEVENT
        DTSTAMP:20250612T020000Z
        UID:20260217-chinesenewyear@mom.gov.sg
        DTSTART;VALUE=DATE:20260217
        DTEND;VALUE=DATE:20260219
        SUMMARY:Chinese New Year
        DESCRIPTION:Chinese New Year falls on Tuesday and Wednesday\, 17 and 18 Fe
         bruary 2026.
        TRANSP:TRANSPARENT
        END:VEVENT
        BEGIN:VEVENT
        DTSTAMP:20250612T020000Z
        UID:20260321-hariraya-puasa@mom.gov.sg
        DTSTART;VALUE=DATE:20260321
        DTEND;VALUE=DATE:20260322
        SUMMARY:Hari Raya Puasa
        END:VEVENT
        BEGIN:VEVENT
        DTSTAMP:20250612T020000Z
        UID:20260403-goodfriday@mom.gov.sg
        DTSTART;VALUE=DATE:20260403
        DTEND;VALUE=DATE:20260404
        SUMMARY:Good Friday
        END:VEVENT
        BEGIN:VEVENT
        DTSTAMP:20250612T020000Z
        UID:20260501-labourday@mom.gov.sg
        DTSTART;VALUE=DATE:20260501
        DTEND;VALUE=DATE:20260502
        SUMMARY:Labour Day
        END:VEVENT
        BEGIN:VEVENT
        DTSTAMP:20250612T020000Z
        UID:20260527-hariraya-haji@mom.gov.sg
        DTSTART;VALUE=DATE:20260527
        SUMMARY:Hari Raya Haji
        END:VEVENT
        BEGIN:VEVENT
        DTSTAMP:20250612T020000Z
        UID:20260531-vesakday@mom.gov.sg
        DTSTART;VALUE=DATE:20260531
        DURATION:P1D
        SUMMARY:Vesak Day
        END:VEVENT
        BEGIN:VEVENT
        DTSTAMP:20250612T020000Z
        UID:20260601-vesakday-observed@mom.gov.sg
        DTSTART;VALUE=DATE:20260601
        DTEND;VALUE=DATE:20260602
        SUMMARY:Vesak Day (observed)
        DESCRIPTION:As Vesak Day falls on a Sunday\, the following Monday will be
          a public holiday.
        END:VEVENT
        BEGIN:VEVENT
        DTSTAMP:20250612T020000Z
        UID:20260809-nationalday@mom.gov.sg
        DTSTART;VALUE=DA
         TE:20260809
        DTEND;VALUE=DATE:20260810
        SUMMARY:National Day
        END:VEVENT
        BEGIN:VEVENT
        DTSTAMP:20250612T020000Z
        UID:20260810-nationalday-observed@mom.gov.sg
        DTSTART:20260809T160000Z
        DTEND:20260810T160000Z
        SUMMARY:National Day (observed)
        END:VEVENT
        BEGIN:VEVENT
        DTSTAMP:20250612T020000Z
        UID:20261108-deepavali@mom.gov.sg
        DTSTART;VALUE=DATE:20261108
        DTEND;VALUE=DATE:20261109
        SUMMARY:Deepavali
        END:VEVENT
        BEGIN:VEVENT
        DTSTAMP:20250612T020000Z
        UID:20261109-deepavali-observed@mom.gov.sg
        DTSTART;TZID="Asia/Singapore":20261109T000000
        DTEND;TZID="Asia/Singapore":20261110T000000
        SUMMARY:Deepavali (observed)
        END:VEVENT
        BEGIN:VEVENT
        DTSTAMP:20250612T020000Z
        UID:20261225-christmasday@mom.gov.sg
        DTSTART;VALUE=DATE:20261225
        DTEND;VALUE=DATE:20261226
        SUMMARY:Christmas Day
        BEGIN:VALARM
        ACTION:DISPLAY
        TRIGGER:-P1D
        DESCRIPTION:Christmas Day tomorrow
        END:VALARM
        END:VEVENT
        BEGIN:VEVENT
        DTSTAMP:20250612T020000Z
        UID:20261231-cancelled@mom.gov.sg
        DTSTART;VALUE=DATE:20261231
        SUMMARY:Withdrawn announcement
        STATUS:CANCELLED
        END:VEVENT
        END:VCALENDAR
        """;
}
