using System.Text;

namespace FeedbackCollector.Testing.Faults;

/// <summary>An error answer as each service spells it: status, content type, headers and body.</summary>
public sealed record ServiceError(int Status, string ContentType, string Body, IReadOnlyDictionary<string, string> Headers)
{
    public byte[] BodyBytes => Encoding.UTF8.GetBytes(Body);

    /// <summary>The service's throttling answer, by its SigV4 signing name.</summary>
    public static ServiceError Throttle(string service) => service switch
    {
        "dynamodb" => Json10(400, "com.amazonaws.dynamodb.v20120810#ProvisionedThroughputExceededException", "The level of configured provisioned throughput for the table was exceeded."),
        "s3" => S3(503, "SlowDown", "Please reduce your request rate."),
        "ssm" or "secretsmanager" => Json11(400, "ThrottlingException", "Rate exceeded"),
        "sns" => Query(400, "Throttling", "Rate exceeded"),
        "ses" or "lambda" => Rest(429, "TooManyRequestsException", "Too many requests"),
        _ => Rest(429, "ThrottlingException", "Rate exceeded"),
    };

    /// <summary>A 500 (InternalFailure) or 503 (ServiceUnavailable) in the service's shape.</summary>
    public static ServiceError Server(string service, int status)
    {
        var code = status == 503 ? "ServiceUnavailable" : "InternalFailure";
        return service switch
        {
            "dynamodb" => Json10(status, "com.amazonaws.dynamodb.v20120810#" + (status == 503 ? "ServiceUnavailable" : "InternalServerError"), "Internal server error"),
            "s3" => S3(status, status == 503 ? "ServiceUnavailable" : "InternalError", "We encountered an internal error. Please try again."),
            "ssm" or "secretsmanager" => Json11(status, status == 503 ? "ServiceUnavailable" : "InternalServerError", "Internal error"),
            "sns" => Query(status, code, "Internal error"),
            _ => Rest(status, status == 503 ? "ServiceUnavailableException" : "InternalServerException", "Internal error"),
        };
    }

    private static ServiceError Json10(int status, string type, string message) =>
        new(status, "application/x-amz-json-1.0", $$"""{"__type":"{{type}}","message":"{{message}}"}""", NoHeaders);

    private static ServiceError Json11(int status, string type, string message) =>
        new(status, "application/x-amz-json-1.1", $$"""{"__type":"{{type}}","message":"{{message}}"}""", NoHeaders);

    private static ServiceError Rest(int status, string type, string message) =>
        new(status, "application/json", $$"""{"message":"{{message}}"}""", new Dictionary<string, string> { ["x-amzn-ErrorType"] = type });

    private static ServiceError S3(int status, string code, string message) =>
        new(status, "application/xml", $"<?xml version=\"1.0\" encoding=\"UTF-8\"?><Error><Code>{code}</Code><Message>{message}</Message><RequestId>fault</RequestId></Error>", NoHeaders);

    private static ServiceError Query(int status, string code, string message) =>
        new(status, "text/xml", $"<ErrorResponse xmlns=\"http://sns.amazonaws.com/doc/2010-03-31/\"><Error><Type>{(status >= 500 ? "Receiver" : "Sender")}</Type><Code>{code}</Code><Message>{message}</Message></Error><RequestId>fault</RequestId></ErrorResponse>", NoHeaders);

    private static readonly IReadOnlyDictionary<string, string> NoHeaders = new Dictionary<string, string>();
}
