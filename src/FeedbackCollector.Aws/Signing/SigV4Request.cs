namespace FeedbackCollector.Aws.Signing;

/// <summary>
/// The parts of an HTTP request that SigV4 signs. <paramref name="Uri"/> is the wire form: its path is
/// already percent-encoded once, as it will be sent. <paramref name="Headers"/> are exactly the headers to
/// sign (host and x-amz-date included); repeated names are joined in order.
/// </summary>
public sealed record SigV4Request(
    string Method,
    Uri Uri,
    IReadOnlyList<KeyValuePair<string, string>> Headers,
    string PayloadHash);

/// <summary>Every intermediate of one signature, so a test can say which step differs.</summary>
public sealed record SigV4Signature(
    string CanonicalRequest,
    string StringToSign,
    string SignedHeaders,
    string Signature,
    string Authorization);
