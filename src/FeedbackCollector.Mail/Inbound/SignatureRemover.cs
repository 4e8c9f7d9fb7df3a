using System.Text.RegularExpressions;
using FeedbackCollector.Mail.Inbound.Markers;

namespace FeedbackCollector.Mail.Inbound;

/// <summary>
/// Cuts what sits under the customer's words: the "-- " signature delimiter (also "--"), a device tagline
/// in any language of the table ("Sent from my iPhone", "Von meinem iPhone gesendet"), a disclaimer,
/// virus-scan notice or list footer, and the title/phone/web lines of a signature under a sign-off
/// ("Best regards," + name are kept: they are what the customer wrote). A line that merely starts like a
/// tagline but goes on as a sentence ("Sent from my desk, is much easier …") is the customer's and stays.
/// The first line is never cut: a reply is at least its first line.
/// </summary>
internal static partial class SignatureRemover
{
    /// <summary>A signature under a sign-off is a few short lines; more than this is the customer's text.</summary>
    private const int MaxSignatureLines = 8;

    public static List<string> Remove(List<string> lines)
    {
        for (var i = 1; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.Length > QuoteRemover.MaxMarkerLength) continue;
            if (line.TrimEnd() == "--" || ReplyMarkers.Tagline.IsMatch(line) || TailMarkers.Opens(line))
                return lines.GetRange(0, i);
            if (SignOff().IsMatch(line) && SignatureBelow(lines, i) is { } end)
                return lines.GetRange(0, end);
        }
        return lines;
    }

    /// <summary>Where to cut under a sign-off at line i: after the name line, when only a short signature follows.</summary>
    private static int? SignatureBelow(List<string> lines, int i)
    {
        // Near the end only: looking further would make a body of many sign-off lines quadratic.
        if (lines.Count - i > MaxSignatureLines * 4) return null;
        var rest = lines.Skip(i + 1).Where(l => !string.IsNullOrWhiteSpace(l)).ToList();
        // Signature lines are labels (a title, a phone, an address), not sentences the customer wrote.
        if (rest.Count < 2 || rest.Count > MaxSignatureLines || rest.Any(l => l.Length > 80 || QuoteRemover.IsQuoted(l) || EndsSentence(l))) return null;
        var name = lines.FindIndex(i + 1, l => !string.IsNullOrWhiteSpace(l));
        return name + 1;
    }

    private static bool EndsSentence(string line) => line.TrimEnd() is [.., '.' or '!' or '?'] && !line.Contains("www.", StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex(@"^\s*(?:thanks(?: again| so much| a lot)?|thank you(?: again| so much)?|many thanks|cheers|best|best wishes|all the best|(?:best|kind|warm|warmest) regards|regards|sincerely|yours(?: truly| sincerely)?|mit freundlichen grüßen|viele grüße|liebe grüße|beste grüße|lg|mfg|cordialement|bien (?:à vous|cordialement)|merci(?: beaucoup)?|saludos(?: cordiales)?|un saludo|atentamente|gracias|cordiali saluti|saluti|un saluto|grazie|atenciosamente|abraços|obrigad[oa]|met vriendelijke groet(?:en)?|groeten|groet|bedankt|mvg|med vänliga hälsningar|vänliga hälsningar|hälsningar|tack|mvh|med venlig hilsen|venlig hilsen|hilsen|med vennlig hilsen|vennlig hilsen|takk|ystävällisin terveisin|terveisin|kiitos|pozdrawiam|z poważaniem|dziękuję|s pozdravem|děkuji|с уважением|спасибо|с наилучшими пожеланиями|з повагою|дякую|saygılarımla|teşekkürler|よろしくお願いします|敬具|此致|谢谢|謝謝|감사합니다)\s*[,!.]?\s*$", RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex SignOff();
}
