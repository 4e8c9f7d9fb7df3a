namespace FeedbackCollector.Core.Tests.Fuzz;

/// <summary>Valid rules.txt and voice.txt as owners write them (Google Docs bullets, smart quotes), and each format's own words.</summary>
internal static class OwnerDocSeeds
{
    public static readonly string[] Rules =
    [
        """
        # Kim's Salon
        Business: Kim's Salon
        Timezone: Asia/Singapore
        Quiet hours: 9pm to 9am
        Closed on: Sunday and Monday
        Holiday: 25 Dec 2026 (Christmas)
        Holiday calendar: sg-holidays-2026.ics
        Wait after a haircut: 3 hours
        Wait after anything else: 1 day
        Ask at most: once every 90 days
        Follow up after: 3 days of silence
        Happy stars: 4 to 5
        Unhappy stars: 1 to 2
        Classifier confidence: 70%
        Review link: Google https://g.page/r/kims-salon/review
        Review link goes to: happy customers only
        Links expire after: 30 days
        Owner email: kim@example.com
        Owner phone: +65 9123 4567
        Owner Slack: U0123ABCD
        """,
        "• Timezone: Europe/London\r\n• Quiet hours: 21:00 – 08:30\r\n• Holidays: United Kingdom\r\n• Happy stars: 5\r\n",
        "Quiet hours: none\nClosed on: none\nFollow up after: never\nHoliday: 2026-12-25\nHoliday: December 26th, 2026\n",
    ];

    public static readonly string[] RulesWords =
    [
        "Business:", "Timezone:", "Quiet hours:", "Closed on:", "Holidays:", "Holiday calendar:", "Holiday:", "Wait after",
        "Ask at most:", "Follow up after:", "Happy stars:", "Unhappy stars:", "Classifier confidence:", "Review link:",
        "Review link goes to:", "Links expire after:", "Owner Slack:", "Owner email:", "Owner phone:", ":", "#", "• ", " to ",
        "-", "99999999999999999999", "1e308", "0.0000001", "9999", "31/12/9999", "9999-12-31", "25/12/2026", "http://",
        "https://", "%", "noon", "12pm", "24:00", "25:61", "a week", "half", "hours", "months", "days", "1h30m", ".ics",
    ];

    public static readonly string[] Voice =
    [
        """
        Ask subject: How was your {visit_type} at {business}?
        Ask text:
        Hi {first_name},
        thanks for visiting {business}. How did we do?
        Star prompt: Tap a star
        Nudge text:
        So glad you liked it! Would you share it? {review_link}
        Thank you happy: Thank you!
        Thank you unhappy: Sorry, {business} will be in touch.
        Owner ping: {customer_contact} gave {stars} stars: {message}
        SMS ask: Hi {first_name}, how was {business}? Reply 1-5.
        """,
        "• Ask subject: Hello\r\n• Follow-up text:\r\nJust checking in, {first_name}.\r\n",
        "Thank-you (happy): Cheers\nSMS nudge: Review us: {review_link}\n",
    ];

    public static readonly string[] VoiceWords =
    [
        "Ask subject:", "Ask text:", "Star prompt:", "Follow-up subject:", "Follow-up text:", "Nudge subject:", "Nudge text:",
        "Thank you happy:", "Thank you unhappy:", "Thank you unclear:", "Owner ping:", "SMS ask:", "SMS nudge:", "Subjekt:",
        "{first_name}", "{business}", "{review_link}", "{unknown}", "{", "}", "{{", "}}", "#", ":", "• ", "\n\n",
    ];
}
