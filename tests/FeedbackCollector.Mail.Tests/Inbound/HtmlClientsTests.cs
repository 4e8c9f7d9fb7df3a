using FeedbackCollector.Mail.Inbound;

namespace FeedbackCollector.Mail.Tests.Inbound;

/// <summary>HTML replies as each client writes them (markup trimmed to what the client puts around its quote).</summary>
public sealed class HtmlClientsTests
{
    private const string Said = "The colour is perfect, thank you!";

    private static string Reply(string html) => ReplyTextExtractor.Extract(HtmlToText.Convert(html));

    [Theory]
    [InlineData("gmail", $"<div dir=\"ltr\">{Said}</div><br><div class=\"gmail_quote\"><div dir=\"ltr\" class=\"gmail_attr\">On Mon, Mar 2, 2026 at 9:30 AM Kim &lt;<a href=\"mailto:k@salon.example\">k@salon.example</a>&gt; wrote:<br></div><blockquote class=\"gmail_quote\" style=\"margin:0px 0px 0px 0.8ex\">How was your visit?</blockquote></div>")]
    [InlineData("outlook desktop", $"<div class=WordSection1><p class=MsoNormal>{Said}<o:p></o:p></p><div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0in 0in 0in'><p class=MsoNormal><b>From:</b> Kim<br><b>Sent:</b> Monday<br><b>Subject:</b> How was your visit?</p></div><p>How was your visit?</p></div>")]
    [InlineData("outlook desktop reply div", $"<div>{Said}</div><hr style=\"display:inline-block;width:98%\" tabindex=\"-1\"><div id=\"divRplyFwdMsg\" dir=\"ltr\"><b>From:</b> Kim<br><b>Sent:</b> Monday</div><div>How was your visit?</div>")]
    [InlineData("outlook web", $"<div>{Said}</div><div id=\"appendonsend\"></div><hr><div><b>From:</b> Kim &lt;k@salon.example&gt;<br><b>Sent:</b> Monday, March 2, 2026 9:30 AM<br><b>To:</b> Ann<br><b>Subject:</b> How was your visit?</div><div>How was your visit?</div>")]
    [InlineData("outlook 2003", $"<p>{Said}</p><div><div class=OutlookMessageHeader><font size=2 face=Tahoma>-----Original Message-----<br><b>From:</b> Kim<br><b>Sent:</b> Monday</font></div></div><p>How was your visit?</p>")]
    [InlineData("outlook 2003 hr", $"<p>{Said}</p><hr size=2 width=\"100%\" align=center><b>From:</b> Kim [mailto:k@salon.example]<br><b>Sent:</b> Monday, March 02, 2026 9:30 AM<br><b>To:</b> Ann<br><b>Subject:</b> How was your visit?<br><p>How was your visit?</p>")]
    [InlineData("hotmail", $"<div dir='ltr'>{Said}<br><br><div><hr id=\"stopSpelling\">Date: Mon, 2 Mar 2026 09:30<br>From: k@salon.example<br>Subject: How was your visit?<br><br>How was your visit?</div></div>")]
    [InlineData("yahoo", $"<div class=\"ydp1\"><div>{Said}</div></div><div id=\"yahoo_quoted_123\" class=\"yahoo_quoted\"><div>On Monday, March 2, 2026, 09:30:00 AM GMT, Kim &lt;k@salon.example&gt; wrote:</div><div>How was your visit?</div></div>")]
    [InlineData("apple mail", $"<div>{Said}</div><div><br><blockquote type=\"cite\"><div>On 2 Mar 2026, at 09:30, Kim &lt;k@salon.example&gt; wrote:</div><br><div>How was your visit?</div></blockquote></div>")]
    [InlineData("thunderbird", $"<p>{Said}</p><div class=\"moz-cite-prefix\">On 02/03/2026 09:30, Kim wrote:<br></div><blockquote type=\"cite\" cite=\"mid:abc@salon.example\">How was your visit?</blockquote>")]
    [InlineData("zoho", $"<div>{Said}<br></div><div class=\"zmail_extra\"><br><div id=\"Zm-_Id_-Sgn1\">---- On Mon, 02 Mar 2026 09:30:00 +0000 <b>Kim &lt;k@salon.example&gt;</b> wrote ----<br></div><blockquote style=\"border-left: 1px solid rgb(204, 204, 204)\">How was your visit?</blockquote></div>")]
    [InlineData("protonmail", $"<div>{Said}</div><div class=\"protonmail_quote\">------- Original Message -------<br>On Monday, March 2nd, 2026 at 9:30 AM, Kim wrote:<br><blockquote class=\"protonmail_quote\">How was your visit?</blockquote></div>")]
    public void Each_clients_html_quote_is_cut_and_the_new_words_kept(string client, string html)
    {
        Reply(html).Should().Be(Said, client);
    }

    [Fact]
    public void Inline_answers_between_html_quotes_are_kept()
    {
        const string html = "<div>Answers below.</div><blockquote type=\"cite\">Was the wait OK?</blockquote><div>Yes, short.</div><blockquote type=\"cite\">Did you like the cut?</blockquote><div>Loved it.</div>";

        Reply(html).Should().Be("Answers below.\n\nYes, short.\n\nLoved it.");
    }

    [Fact]
    public void A_reply_written_under_the_quote_is_kept()
    {
        const string html = "<div class=\"gmail_quote\">On Mon, Mar 2, 2026 Kim &lt;k@salon.example&gt; wrote:<blockquote>How was it?</blockquote></div><div>Great, thanks!</div>";

        Reply(html).Should().Be("Great, thanks!");
    }
}
