using System.Text.RegularExpressions;

namespace FeedbackCollector.Mail.Inbound;

/// <summary>
/// Cuts a signature from the end of the reply: the standard "-- " delimiter line (also "--"), and the
/// one-line signatures phones and apps add ("Sent from my iPhone", "Envoyé de mon iPhone",
/// "Get Outlook for iOS", …). A line that merely starts like one but goes on as a sentence
/// ("Sent from my desk, is much easier …") is the customer's text and stays.
/// </summary>
internal static partial class SignatureRemover
{
    public static List<string> Remove(List<string> lines)
    {
        for (var i = 1; i < lines.Count; i++)
        {
            if (lines[i].TrimEnd() == "--" || MobileSignature().IsMatch(lines[i]))
                return lines.GetRange(0, i);
        }
        return lines;
    }

    [GeneratedRegex(@"^\s*(?:(?:Sent (?:from|with|via|using)|Envoyé (?:de|depuis|avec)|Enviado (?:desde|do|de|con)|Enviada (?:desde|do|de)|Inviato (?:da|dal|con)|Verzonden (?:vanaf|met|via)|Verstuurd (?:vanaf|met)|Gesendet (?:von|mit)|Skickat från|Sendt fra|Lähetetty|Wysłane z|Отправлено с|Get Outlook for)\s[^,.!?:;\n]{0,50}?(?:\s*[(<]\S{1,200}[)>])?|Von meinem [^,.!?:;\n]{1,40} gesendet)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex MobileSignature();
}
