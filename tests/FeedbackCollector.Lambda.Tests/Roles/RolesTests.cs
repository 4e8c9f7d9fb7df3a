using FeedbackCollector.Lambda.Tests.Support;
using FeedbackCollector.Lambda.Composition;
using FeedbackCollector.Lambda.Roles;

namespace FeedbackCollector.Lambda.Tests.Roles;

public sealed class RolesTests
{
    [Fact]
    public void Every_role_of_the_design_parses_and_maps_to_a_handler_with_its_own_name()
    {
        var names = Lambda.Roles.Roles.Names;

        names.Should().Equal("drive-sync", "intake-webhook", "calendar-sync", "request-builder", "reply-handler", "router", "dispatch", "sweep-summary");
        foreach (var name in names)
        {
            var handler = RoleSwitch.Create(Lambda.Roles.Roles.Parse(name), new PendingUseCases("test"));
            handler.Name.Should().Be(name);
        }
    }

    [Theory]
    [InlineData(null, "FC_ROLE is not set")]
    [InlineData("", "FC_ROLE is not set")]
    [InlineData("Router", "FC_ROLE 'Router' is not a role")]
    [InlineData("mailer", "FC_ROLE 'mailer' is not a role")]
    public void An_unknown_or_missing_role_fails_with_a_message_naming_the_valid_roles(string? value, string start)
    {
        var parse = () => Lambda.Roles.Roles.Parse(value);

        parse.Should().Throw<UnknownRoleException>()
            .Which.Message.Should().StartWith(start)
            .And.EndWith("valid roles: drive-sync, intake-webhook, calendar-sync, request-builder, reply-handler, router, dispatch, sweep-summary");
    }
}
