using System.Text;
using System.Text.RegularExpressions;

namespace FeedbackCollector.Testing.Faults;

/// <summary>One request the proxy saw: the service it was signed for (from the SigV4 credential scope) and what it asked.</summary>
public sealed partial record ProxiedRequest(string Method, string PathAndQuery, IReadOnlyDictionary<string, string> Headers, byte[] Body)
{
    public string Service => CredentialScope().Match(Header("authorization")) is { Success: true } m ? m.Groups[1].Value : "";

    /// <summary>The JSON protocols' operation (X-Amz-Target "DynamoDB_20120810.PutItem" → "PutItem"), or the Query API's Action.</summary>
    public string Operation => Header("x-amz-target") is { Length: > 0 } target ? target[(target.LastIndexOf('.') + 1)..]
        : ActionField().Match(BodyText) is { Success: true } m ? m.Groups[1].Value : Method + " " + PathAndQuery.Split('?')[0];

    public string BodyText => Encoding.UTF8.GetString(Body);

    public string Header(string name) => Headers.TryGetValue(name.ToLowerInvariant(), out var value) ? value : "";

    [GeneratedRegex(@"Credential=[^/]+/\d{8}/[^/]+/([^/]+)/aws4_request")]
    private static partial Regex CredentialScope();

    [GeneratedRegex(@"(?:^|&)Action=([A-Za-z]+)")]
    private static partial Regex ActionField();
}
