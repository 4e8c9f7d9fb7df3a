using FeedbackCollector.Mail.Owner;
using FeedbackCollector.Testing.Fakes;

namespace FeedbackCollector.Local.Tests.Owner;

public sealed class OwnerNotifiersTests
{
    [Fact]
    public void Slack_is_chosen_when_a_token_and_owner_are_configured()
    {
        using var http = new HttpClient();

        OwnerNotifiers.Choose(new SlackOptions("xoxb-1", "U1"), http, new FakeMailer(), "o@x.com", "fc@x.com")
            .Should().BeOfType<SlackOwnerNotifier>();
    }

    [Theory]
    [InlineData(null, null)]
    [InlineData("", "U1")]
    [InlineData("xoxb-1", "")]
    public void Email_is_chosen_otherwise(string? token, string? owner)
    {
        using var http = new HttpClient();
        var slack = token is null ? null : new SlackOptions(token, owner!);

        OwnerNotifiers.Choose(slack, http, new FakeMailer(), "o@x.com", "fc@x.com").Should().BeOfType<EmailOwnerNotifier>();
    }
}
