using System.Net;

namespace FeedbackCollector.Web.Http;

/// <summary>
/// The one place pages are assembled. Every value that did not come from this code goes through
/// <see cref="E"/>; the layout is one self-contained document (inline CSS, no scripts, no external assets)
/// that reads well on a phone.
/// </summary>
internal static class Html
{
    /// <summary>HTML-escapes text for element content and quoted attribute values.</summary>
    public static string E(string? text) => WebUtility.HtmlEncode(text ?? "");

    /// <remarks>One concatenation (the length is known up front): every page the star link serves is built here.</remarks>
    public static string Page(string title, string body) => string.Concat(Head, E(title), Style, body, Tail);

    private const string Head = "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
        + "<meta name=\"robots\" content=\"noindex\">"
        + "<title>";

    private const string Style = "</title><style>" + Css + "</style></head><body><main>";

    private const string Tail = "</main></body></html>";

    private const string Css =
        "body{font-family:system-ui,-apple-system,Segoe UI,Roboto,sans-serif;margin:0;background:#f6f6f4;color:#222}" +
        "main{max-width:42rem;margin:0 auto;padding:1.25rem}h1{font-size:1.5rem}" +
        ".stars{display:flex;flex-direction:row-reverse;justify-content:center;gap:.25rem;border:0;padding:0;margin:1rem 0}" +
        ".stars input{position:absolute;opacity:0;width:1px;height:1px}" +
        ".stars label{font-size:2.75rem;line-height:1;color:#c9c9c9;cursor:pointer;padding:.2rem}" +
        ".stars input:checked~label,.stars label:hover,.stars label:hover~label{color:#f5a623}" +
        ".stars input:focus-visible+label{outline:2px solid #333}" +
        "textarea{width:100%;box-sizing:border-box;min-height:6rem;font:inherit;padding:.5rem}" +
        "button,.button{display:inline-block;font:inherit;font-size:1.1rem;padding:.7rem 1.4rem;border:0;border-radius:.4rem;background:#2b6cb0;color:#fff;text-decoration:none;margin:.25rem 0}" +
        "table{width:100%;border-collapse:collapse;font-size:.9rem}td,th{border-bottom:1px solid #ddd;padding:.35rem;text-align:left;vertical-align:top}" +
        ".inline{display:inline}.muted{color:#666}section{margin:1.5rem 0}";
}
