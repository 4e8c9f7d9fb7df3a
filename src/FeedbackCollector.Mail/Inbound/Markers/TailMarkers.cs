namespace FeedbackCollector.Mail.Inbound.Markers;

/// <summary>What a tail marker opens: everything from its line to the end of the reply is boilerplate.</summary>
internal enum TailKind { Disclaimer, VirusScan, ListFooter }

/// <summary>One opening line of boilerplate that mail servers, lists and companies append under a reply.</summary>
internal sealed record TailMarker(TailKind Kind, string Pattern, string Example);

/// <summary>
/// Legal and confidentiality disclaimers, virus-scan notices and mailing-list footers, by their
/// opening line, in the languages of <see cref="ReplyLanguages"/>. Each pattern is matched against a
/// whole line from its start; each example is a test.
/// </summary>
internal static class TailMarkers
{
    public static IReadOnlyList<TailMarker> All { get; } =
    [
        new(TailKind.Disclaimer, @"(?:confidentiality notice|disclaimer|legal notice|privileged\s*(?:&|and)\s*confidential)\b", "CONFIDENTIALITY NOTICE: This e-mail and any attachments are for the sole use of the intended recipient."),
        new(TailKind.Disclaimer, @"this (?:e-?mail|message|communication|transmission)(?: and any (?:files|attachments?)[^\n]*)? (?:is|are|may (?:be|contain)|contains?) (?:strictly )?(?:confidential|privileged|intended)", "This email and any files transmitted with it are confidential and intended solely for the use of the addressee."),
        new(TailKind.Disclaimer, @"the information (?:contained )?in this (?:e-?mail|message|communication)", "The information contained in this message is confidential and may be legally privileged."),
        new(TailKind.Disclaimer, @"(?:if you (?:are not|have received this)[^\n]*(?:intended recipient|in error))", "If you are not the intended recipient, please notify the sender immediately and delete this message."),
        new(TailKind.Disclaimer, @"diese (?:e-?mail|nachricht)[^\n]*(?:vertraulich|rechtlich geschützt)", "Diese E-Mail enthält vertrauliche und/oder rechtlich geschützte Informationen."),
        new(TailKind.Disclaimer, @"(?:ce (?:message|courriel|e-?mail)|les informations contenues)[^\n]*(?:confidenti|strictement)", "Ce message et toutes les pièces jointes sont confidentiels et établis à l'intention exclusive de ses destinataires."),
        new(TailKind.Disclaimer, @"(?:este (?:mensaje|correo)|questo messaggio|esta mensagem|dit bericht|denne (?:e-?mail|meddelelse|e-?posten)|detta (?:e-?postmeddelande|meddelande)|tämä viesti|ta wiadomość|tato zpráva|данное сообщение|это сообщение|цей лист|bu e-?posta)[^\n]*(?:confiden|riservat|vertrouwelijk|fortrolig|konfidentiell|luottamuksellinen|poufn|důvěrn|конфиденциальн|конфіденційн|gizli)", "Este mensaje y sus anexos son confidenciales y de uso exclusivo del destinatario."),
        new(TailKind.Disclaimer, @"(?:本邮件|本郵件|此邮件|本メール|このメール|この電子メール|본 메일|이 메일)[^\n]*(?:保密|機密|机密|秘密|機密情報|기밀)", "本邮件及其附件含有保密信息，仅限于发送给上面地址中列出的个人或群组。"),
        new(TailKind.VirusScan, @"(?:this (?:e-?mail|message) (?:has been|was) (?:scanned|checked)[^\n]*(?:virus|malware|spam)|virus-free\.?|scanned by [^\n]+|[^\n]*(?:avast|avg|mcafee|symantec|sophos|mimecast)[^\n]*(?:antivirus|virus|scanned))", "This email has been checked for viruses by Avast antivirus software."),
        new(TailKind.VirusScan, @"(?:diese e-?mail wurde[^\n]*auf viren|ce (?:courriel|message) a été (?:vérifié|analysé)[^\n]*virus|este (?:correo|mensaje) (?:ha sido|fue) (?:analizado|revisado)[^\n]*virus)", "Diese E-Mail wurde von Avast Antivirus-Software auf Viren geprüft."),
        new(TailKind.ListFooter, @"you received this (?:message|email) because you are subscribed to", "You received this message because you are subscribed to the Google Groups \"salon-friends\" group."),
        new(TailKind.ListFooter, @"(?:to unsubscribe from (?:this|these)[^\n]*|unsubscribe:? ?<?(?:https?:|mailto:)[^\n]*|reply to this email directly(?:,| or) view it on)", "To unsubscribe from this group and stop receiving emails from it, send an email to salon+unsubscribe@googlegroups.com."),
        new(TailKind.ListFooter, @"[\w.-]+ mailing list$", "Salon-users mailing list"),
        new(TailKind.ListFooter, @"(?:pour vous désabonner|um (?:sich )?ab(?:zu)?melden|para (?:cancelar|darse de baja)|per annullare l'iscrizione|afmelden)\b[^\n]*", "Pour vous désabonner de ce groupe, envoyez un e-mail à salon+unsubscribe@googlegroups.com."),
    ];

    private static readonly LinePattern Combined = new($@"^\s*(?:{string.Join('|', All.Select(m => m.Pattern))})");

    /// <summary>Whether the line opens boilerplate (checked after the reply's first line only).</summary>
    public static bool Opens(string line) => line.Length <= 2000 && Combined.IsMatch(line);
}
