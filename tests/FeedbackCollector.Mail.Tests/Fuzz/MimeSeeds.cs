namespace FeedbackCollector.Mail.Tests.Fuzz;

/// <summary>Replies as mail clients send them (plain, alternative with HTML quote, base64, quoted-printable, a bounce) and MIME's own words.</summary>
internal static class MimeSeeds
{
    public static readonly string[] Messages =
    [
        "From: Mia <mia@example.com>\r\nTo: r-abcdefgh@reply.example.com\r\nSubject: Re: How was your visit?\r\nMessage-ID: <m1@example.com>\r\nDate: Mon, 2 Mar 2026 10:00:00 +0800\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nLovely haircut, thank you!\r\n\r\nOn Mon, 2 Mar 2026 at 09:30, Kim's Salon <ask@salon.example> wrote:\r\n> How was your visit?\r\n",
        "From: \"Jon\" <jon@example.com>\r\nTo: \"Salon\" <r-xyz@reply.example.com>, other@example.com\r\nCc: =?utf-8?B?S2ltIPCfmIA=?= <kim@example.com>\r\nSubject: =?utf-8?Q?Re:_caf=C3=A9?=\r\nMIME-Version: 1.0\r\nContent-Type: multipart/alternative; boundary=\"b1\"\r\n\r\n--b1\r\nContent-Type: text/plain; charset=iso-8859-1\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\nCaf=E9 was great=\r\n too\r\n\r\n--b1\r\nContent-Type: text/html; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\nPGRpdj5HcmVhdDwvZGl2PjxkaXYgY2xhc3M9ImdtYWlsX3F1b3RlIj48YmxvY2txdW90ZT5Ib3c/PC9ibG9ja3F1b3RlPjwvZGl2Pg==\r\n--b1--\r\n",
        "From: MAILER-DAEMON@example.com\r\nTo: bounces@reply.example.com\r\nSubject: Undelivered Mail\r\nAuto-Submitted: auto-replied\r\nContent-Type: multipart/report; report-type=delivery-status; boundary=\"r\"\r\n\r\n--r\r\nContent-Type: text/plain\r\n\r\nDelivery failed.\r\n--r\r\nContent-Type: message/delivery-status\r\n\r\nReporting-MTA: dns; mx.example.com\r\n\r\nFinal-Recipient: rfc822; mia@example.com\r\nAction: failed\r\nStatus: 5.1.1\r\n\r\n--r\r\nContent-Type: message/rfc822\r\n\r\nFrom: ask@salon.example\r\nTo: mia@example.com\r\nSubject: How was your visit?\r\n\r\nHi\r\n--r--\r\n",
        "Lovely, thanks!\n\n-----Original Message-----\nFrom: Salon\nSent: Monday\nSubject: How was it?\n\n> old text\n",
        "<html><body><div>Five stars!</div><blockquote type=\"cite\">On Mon, Salon wrote:<br>How was it?</blockquote></body></html>",
    ];

    public static readonly string[] Words =
    [
        "\r\n", "\n", "\r\n\r\n", "From: ", "To: ", "Cc: ", "Subject: ", "Content-Type: ", "multipart/mixed; boundary=\"b1\"", "--b1", "--b1--",
        "message/rfc822", "text/html", "text/plain; charset=", "utf-7", "x-unknown", "Content-Transfer-Encoding: base64", "quoted-printable",
        "uuencode", "=?utf-8?B?", "=?iso-2022-jp?Q?", "?=", "=\r\n", "=FF", "=E9", "<", ">", "@", ",", ";", "\"", "> ", ">>>>",
        "On Mon, 2 Mar 2026 at 09:30, Salon <s@x.y> wrote:", "-----Original Message-----", "-- ", "Sent from my iPhone",
        "<blockquote>", "</blockquote>", "<div class=\"gmail_quote\">", "<br>", "&amp;", "&#x110000;", "&#55296;", "<!--", "<![CDATA[",
        "Auto-Submitted: auto-replied", "Precedence: bulk", "X-Autoreply: yes", "Content-Disposition: attachment; filename*=",
    ];
}
