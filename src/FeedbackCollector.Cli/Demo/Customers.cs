using System.Globalization;
using System.Text;
using FeedbackCollector.Web.Webhooks.Signatures;
using MailKit.Net.Smtp;
using MimeKit;

namespace FeedbackCollector.Cli.Demo;

/// <summary>
/// Simulated customers on the real paths: a till posting signed webhooks over HTTP, phones opening
/// star links (GET) and sending the form (POST), and mail clients replying over SMTP to the listener.
/// </summary>
internal sealed class Customers(HttpClient http, Uri baseUrl, string smtpHost, int smtpPort, string webhookSecret) : IDisposable
{
    public async Task<int> PostVisitAsync(DemoCustomer c, DateTimeOffset ended, string kind = "sale", CancellationToken ct = default)
    {
        var contact = c.Phone is null ? $"\"email\":\"{DemoBusiness.EmailOf(c)}\"" : $"\"phone\":\"{c.Phone}\"";
        var json = $$"""{"source":"demo-till","source_id":"{{c.Name.ToLowerInvariant()}}-{{ended:yyyyMMdd}}","first_name":"{{c.Name}}",{{contact}},"visit_type":"{{c.VisitType}}","ended_at":"{{ended.ToString("O", CultureInfo.InvariantCulture)}}","kind":"{{kind}}"}""";
        var body = Encoding.UTF8.GetBytes(json);
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(baseUrl, "webhook")) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new("application/json");
        request.Headers.Add(GenericSignature.Header, GenericSignature.Sign(webhookSecret, body));
        using var response = await http.SendAsync(request, ct);
        return (int)response.StatusCode;
    }

    /// <summary>Opens a star link like a phone (or a mail scanner) would: a GET, which must record nothing.</summary>
    public async Task<int> OpenAsync(string starLink, CancellationToken ct = default)
    {
        using var response = await http.GetAsync(new Uri(starLink), ct);
        return (int)response.StatusCode;
    }

    /// <summary>
    /// Submits the star page's form: the POST that records the answer. Returns the thank-you page's text. The link is an
    /// email's /t/{token}/{stars} or an SMS's single /t/{token}.
    /// </summary>
    public async Task<(int Status, string Page)> SubmitAsync(string starLink, int stars, string? comment, CancellationToken ct = default)
    {
        var segments = new Uri(starLink).AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var token = segments[Array.IndexOf(segments, "t") + 1];
        var form = new Dictionary<string, string> { ["stars"] = stars.ToString(CultureInfo.InvariantCulture), ["comment"] = comment ?? "" };
        using var content = new FormUrlEncodedContent(form);
        using var response = await http.PostAsync(new Uri(baseUrl, "t/" + token), content, ct);
        return ((int)response.StatusCode, await response.Content.ReadAsStringAsync(ct));
    }

    /// <summary>The owner presses the confirm button of a decision page (/o/{token}): a POST from the page itself.</summary>
    public async Task<int> ConfirmAsync(string ownerLink, CancellationToken ct = default)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(ownerLink)) { Content = new ByteArrayContent([]) };
        request.Headers.Add("Sec-Fetch-Site", "same-origin");
        using var response = await http.SendAsync(request, ct);
        return (int)response.StatusCode;
    }

    /// <summary>A reply from the customer's mail client to the ask's reply-to address, quoting the ask as clients do.</summary>
    public Task ReplyAsync(string from, string to, string subject, string words, bool outOfOffice, CancellationToken ct = default)
    {
        var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse(from));
        message.To.Add(MailboxAddress.Parse(to));
        message.Subject = outOfOffice ? "Out of Office: " + subject : "Re: " + subject;
        if (outOfOffice) message.Headers.Add("Auto-Submitted", "auto-replied");
        var text = outOfOffice ? "I am away until next week with limited access to email." : words;
        message.Body = new TextPart("plain") { Text = $"{text}\n\nOn Mon, 2 Mar 2026, Kim's Salon wrote:\n> {subject}\n> Tap a star below, or simply reply to this email.\n" };
        return SendAsync(message, ct);
    }

    public async Task SendAsync(MimeMessage message, CancellationToken ct = default)
    {
        using var smtp = new SmtpClient();
        await smtp.ConnectAsync(smtpHost, smtpPort, MailKit.Security.SecureSocketOptions.None, ct);
        await smtp.SendAsync(message, ct);
        await smtp.DisconnectAsync(true, ct);
    }

    public void Dispose() => http.Dispose();
}
