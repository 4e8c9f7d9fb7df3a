using System.Text;
using FeedbackCollector.Lambda.Events;
using FeedbackCollector.Lambda.Tests.Support;

namespace FeedbackCollector.Lambda.Tests.Events;

public sealed class EventShapesTests
{
    [Theory]
    [InlineData("function-url-get-tap.json", "FunctionUrl")]
    [InlineData("function-url-post-tap.json", "FunctionUrl")]
    [InlineData("function-url-webhook.json", "FunctionUrl")]
    [InlineData("s3-put-mime.json", "S3")]
    [InlineData("scheduler-send-ask.json", "DirectInvoke")]
    [InlineData("scheduler-daily-sweep.json", "SchedulerJob")]
    [InlineData("invoke-route.json", "DirectInvoke")]
    [InlineData("warmup.json", "DirectInvoke")]
    public void A_recorded_event_is_told_apart_by_its_shape(string file, string expected) =>
        EventShapes.Detect(RecordedEvents.Bytes(file)).Should().Be(Enum.Parse<EventShape>(expected));

    [Theory]
    [InlineData("")]
    [InlineData("not json")]
    [InlineData("[1,2]")]
    [InlineData("{\"version\":\"2.0\"}")]
    [InlineData("{\"requestContext\":{}, \"x\": [1,")]
    [InlineData("\"Records\"")]
    public void A_payload_of_no_known_shape_is_unknown_and_never_throws(string json) =>
        EventShapes.Detect(Encoding.UTF8.GetBytes(json)).Should().Be(EventShape.Unknown);

    [Fact]
    public void The_s3_key_is_decoded_as_s3_notifications_encode_it() =>
        S3ObjectKey.Decode("inbound/a+b%2Bc%3D.eml").Should().Be("inbound/a b+c=.eml");
}
