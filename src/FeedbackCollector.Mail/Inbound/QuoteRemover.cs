using System.Text.RegularExpressions;

namespace FeedbackCollector.Mail.Inbound;

/// <summary>
/// Removes the quoted thread from a reply, line by line. Three kinds of marker:
/// a cut marker ("-----Original Message-----", "Begin forwarded message:", an Outlook "From:/Sent:" block)
/// ends the reply; an attribution line ("On … wrote:", possibly wrapped over up to three lines, in many
/// languages) is dropped together with the "&gt;" block after it, and text after that block is kept
/// (inline and bottom-posted replies) unless the thread follows unquoted, in which case it is cut too;
/// any other "&gt;" line is dropped.
/// </summary>
internal static partial class QuoteRemover
{
    private const int MaxAttributionLines = 3;
    private const int OutlookLookahead = 6;

    public static List<string> Remove(IReadOnlyList<string> lines)
    {
        var kept = new List<string>();
        for (var i = 0; i < lines.Count; i++)
        {
            if (IsCutMarker(lines, i)) break;
            var attribution = AttributionLength(lines, i);
            if (attribution > 0)
            {
                var next = NextNonBlank(lines, i + attribution);
                if (next < 0 || !IsQuoted(lines[next])) break;
                i += attribution - 1;
                continue;
            }
            if (!IsQuoted(lines[i])) kept.Add(lines[i]);
        }
        TrimTrailingSeparators(kept);
        return kept;
    }

    internal static bool IsQuoted(string line) => line.TrimStart().StartsWith('>');

    private static bool IsCutMarker(IReadOnlyList<string> lines, int i)
    {
        if (OriginalMessage().IsMatch(lines[i])) return true;
        if (!OutlookFrom().IsMatch(lines[i])) return false;
        for (var j = i + 1; j < lines.Count && j <= i + OutlookLookahead; j++)
        {
            if (OutlookSentOrDate().IsMatch(lines[j])) return true;
        }
        return false;
    }

    /// <summary>How many lines (1..3) form an attribution starting at line i; 0 when none does.</summary>
    private static int AttributionLength(IReadOnlyList<string> lines, int i)
    {
        if (IsQuoted(lines[i]) || string.IsNullOrWhiteSpace(lines[i])) return 0;
        // An attribution opens like one ("On …", a date) or names an address; anything else is the customer's.
        if (!AttributionOpening().IsMatch(lines[i]) && !lines[i].Contains('@', StringComparison.Ordinal)) return 0;
        var joined = "";
        for (var k = 0; k < MaxAttributionLines && i + k < lines.Count; k++)
        {
            joined = (joined + " " + lines[i + k].Trim()).Trim();
            if (joined.Length > 400) return 0;
            if (IsAttribution(joined)) return k + 1;
        }
        return 0;
    }

    private static bool IsAttribution(string text) =>
        (WroteEnding().IsMatch(text) && text.Any(c => char.IsDigit(c) || c == '@'))
        || DateAddressColon().IsMatch(text);

    private static int NextNonBlank(IReadOnlyList<string> lines, int from)
    {
        for (var j = from; j < lines.Count; j++)
        {
            if (!string.IsNullOrWhiteSpace(lines[j])) return j;
        }
        return -1;
    }

    private static void TrimTrailingSeparators(List<string> kept)
    {
        while (kept.Count > 0 && (string.IsNullOrWhiteSpace(kept[^1]) || Separator().IsMatch(kept[^1])))
            kept.RemoveAt(kept.Count - 1);
    }

    [GeneratedRegex(@"^\s*(?:On|Le|Am|El|Il|Op|Em|Den|På|W dniu|Dne|В|Στις|\d)", RegexOptions.IgnoreCase)]
    private static partial Regex AttributionOpening();

    [GeneratedRegex(@"(?:wrote|writes|a écrit|écrit|schrieb|hat geschrieben|escribió|escreveu|ha scritto|scrisse|schreef|napisał\(a\)|napisał|napisała|skrev|kirjoitti|napsal|написал\(а\)|написал|написала|yazdı|έγραψε|写道|寫道|님이 작성)(?:\s+[^:\n]{0,200}>)?\s*[:：]?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex WroteEnding();

    /// <summary>Japanese Gmail and some others: "2012/04/02 18:26 Name &lt;a@b&gt;:".</summary>
    [GeneratedRegex(@"^\d.{0,300}<[^<>@\s]+@[^<>\s]+>\s*[:：]\s*$")]
    private static partial Regex DateAddressColon();

    [GeneratedRegex(@"^\s*(?:-{2,}\s*(?:Original Message|Forwarded message|Ursprüngliche Nachricht|Weitergeleitete Nachricht|Message d'origine|Message original|Mensaje original|Mensaje reenviado|Messaggio originale|Messaggio inoltrato|Oorspronkelijk bericht|Doorgestuurd bericht|Mensagem original|Mensagem encaminhada|Originalmeddelande|Opprinnelig melding|Alkuperäinen viesti|Oryginalna wiadomość|Původní zpráva|Исходное сообщение|Пересылаемое сообщение)\s*-{2,}|Begin forwarded message:|Début du message réexpédié\s*:|Anfang der weitergeleiteten Nachricht\s*:)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex OriginalMessage();

    [GeneratedRegex(@"^\s*\*?(?:From|De|Von|Van|Da|Od|Från|Fra|Fr|От|Lähettäjä|Kimden)\s*:\s*\*?\s*\S", RegexOptions.IgnoreCase)]
    private static partial Regex OutlookFrom();

    [GeneratedRegex(@"^\s*\*?(?:Sent|Date|Envoyé|Gesendet|Datum|Enviado|Enviada|Fecha|Inviato|Data|Verzonden|Skickat|Sendt|Отправлено|Дата|Lähetetty|Wysłano|Odesláno|Gönderildi|Tarih)\s*:", RegexOptions.IgnoreCase)]
    private static partial Regex OutlookSentOrDate();

    [GeneratedRegex(@"^\s*[-_=*~]{3,}\s*$")]
    private static partial Regex Separator();
}
