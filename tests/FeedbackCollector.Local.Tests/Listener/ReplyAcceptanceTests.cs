using System.Text;
using FeedbackCollector.Local.Listener;

namespace FeedbackCollector.Local.Tests.Listener;

public sealed class ReplyAcceptanceTests
{
    [Theory]
    [InlineData("r-abc123", "reply.example.com", true)]
    [InlineData("R-ABC123", "REPLY.example.COM", true)]
    [InlineData("r-abc123", "reply.example.com.", true)]
    [InlineData("r-abc123", "example.com", false)]
    [InlineData("r-abc123", "evil-reply.example.com", false)]
    [InlineData("r-abc123", "reply.example.com.evil.test", false)]
    [InlineData("", "reply.example.com", false)]
    [InlineData("has space", "reply.example.com", false)]
    public void Only_mailboxes_of_the_reply_domain_are_taken(string user, string host, bool expected) =>
        ReplyAcceptance.IsForReplyDomain(user, host, "reply.example.com").Should().Be(expected);

    [Fact]
    public void A_local_part_longer_than_64_characters_is_refused() =>
        ReplyAcceptance.IsForReplyDomain(new string('a', 65), "reply.example.com", "reply.example.com").Should().BeFalse();

    [Fact]
    public void A_message_over_the_limit_is_too_large_even_when_the_sender_never_announced_its_size() =>
        ReplyAcceptance.Judge(1025, ["r-1@reply.example.com"], "reply.example.com", 1024).Should().Be(ReplyVerdict.TooLarge);

    [Fact]
    public void A_message_with_any_foreign_recipient_is_refused() =>
        ReplyAcceptance.Judge(10, ["r-1@reply.example.com", "boss@example.com"], "reply.example.com", 1024)
            .Should().Be(ReplyVerdict.UnknownRecipient);

    [Fact]
    public void A_message_without_recipients_is_refused() =>
        ReplyAcceptance.Judge(10, [], "reply.example.com", 1024).Should().Be(ReplyVerdict.NoRecipients);

    [Fact]
    public void The_blob_key_is_the_utc_date_and_the_content_hash()
    {
        var at = new DateTimeOffset(2026, 11, 28, 1, 0, 0, TimeSpan.FromHours(8));
        var mime = Encoding.ASCII.GetBytes("Subject: hi\r\n\r\nGreat!\r\n");

        var key = ReplyAcceptance.BlobKeyFor(at, mime);

        key.Should().MatchRegex("^2026/11/27/[0-9a-f]{32}\\.eml$");
        ReplyAcceptance.BlobKeyFor(at.AddHours(1), mime).Should().EndWith(key[11..], "the same bytes give the same hash");
        ReplyAcceptance.BlobKeyFor(at, Encoding.ASCII.GetBytes("other")).Should().NotBe(key);
    }
}
