using FeedbackCollector.Cli.Composition;

namespace FeedbackCollector.Cli.Tests.Composition;

public sealed class ReplyPipelineTests
{
    [Theory]
    [InlineData("r-abcdefgh234567@reply.example.com", "abcdefgh234567")]
    [InlineData("R-ABCDEFGH234567@reply.example.com", "ABCDEFGH234567")]
    [InlineData("abcdefgh@reply.example.com", "abcdefgh")]
    [InlineData("r-x", "x")]
    public void The_token_is_the_recipient_local_part_without_its_prefix(string recipient, string token)
    {
        ReplyPipeline.TokenOf(recipient).Should().Be(token);
    }
}
