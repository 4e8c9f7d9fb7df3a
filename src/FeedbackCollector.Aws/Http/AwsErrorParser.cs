using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Xml;
using System.Xml.Linq;

namespace FeedbackCollector.Aws.Http;

/// <summary>
/// Reads the error of a JSON/REST-JSON AWS response: x-amzn-ErrorType header or the body's
/// __type / code, and message / Message. Never throws: a body it cannot read becomes the message.
/// </summary>
internal static class AwsErrorParser
{
    private const int MaxMessageChars = 500;

    public static (string Code, string Message) Parse(int status, HttpResponseHeaders headers, byte[] body)
    {
        string? code = null, message = null;
        if (headers.TryGetValues("x-amzn-ErrorType", out var types)) code = CleanCode(types.FirstOrDefault());
        (code, message) = body.Length > 0 && body[0] == (byte)'<' ? ParseXml(body, code) : ParseJson(body, code);
        code ??= status == 429 ? "ThrottlingException" : "HttpStatus" + status;
        message ??= "";
        return (code, message.Length > MaxMessageChars ? message[..MaxMessageChars] : message);
    }

    private static (string? Code, string? Message) ParseJson(byte[] body, string? code)
    {
        try
        {
            using var doc = JsonDocument.Parse(body);
            if (doc.RootElement.ValueKind != JsonValueKind.Object) return (code, null);
            return (code ?? CleanCode(StringProperty(doc.RootElement, "__type", "code", "Code")), StringProperty(doc.RootElement, "message", "Message"));
        }
        catch (JsonException)
        {
            return (code, Encoding.UTF8.GetString(body));
        }
    }

    /// <summary>The Query APIs (SNS): &lt;ErrorResponse&gt;&lt;Error&gt;&lt;Code/&gt;&lt;Message/&gt;&lt;/Error&gt;&lt;/ErrorResponse&gt;.</summary>
    private static (string? Code, string? Message) ParseXml(byte[] body, string? code)
    {
        try
        {
            var doc = XDocument.Parse(Encoding.UTF8.GetString(body));
            string? Element(string name) => doc.Descendants().FirstOrDefault(e => e.Name.LocalName == name)?.Value;
            return (code ?? CleanCode(Element("Code")), Element("Message"));
        }
        catch (XmlException)
        {
            return (code, Encoding.UTF8.GetString(body));
        }
    }

    private static string? StringProperty(JsonElement element, params string[] names)
    {
        foreach (var name in names)
        {
            if (element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String) return value.GetString();
        }
        return null;
    }

    /// <summary>"aws.protocoltests#ThrottlingException" and "ThrottlingException:http://…" both mean ThrottlingException.</summary>
    private static string? CleanCode(string? raw)
    {
        if (string.IsNullOrWhiteSpace(raw)) return null;
        var code = raw.Trim();
        var colon = code.IndexOf(':', StringComparison.Ordinal);
        if (colon >= 0) code = code[..colon];
        var hash = code.LastIndexOf('#');
        return hash >= 0 ? code[(hash + 1)..] : code;
    }
}
