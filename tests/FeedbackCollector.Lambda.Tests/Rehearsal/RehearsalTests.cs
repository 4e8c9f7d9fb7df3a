using FeedbackCollector.Testing.Sam;

namespace FeedbackCollector.Lambda.Tests.Rehearsal;

/// <summary>
/// The rehearsal: sam/template.yaml expanded by aws-sam-translator and deployed into an account of its own in
/// moto_server, then one business day through every role, each invocation run as the published x64 bootstrap with
/// exactly the template's variables for its function. A setting the code needs that the template or docs/deploy.md
/// does not provide fails it.
/// </summary>
public sealed class RehearsalTests
{
    [Fact]
    public async Task A_stack_deployed_as_docs_deploy_says_runs_a_whole_business_day()
    {
        await using var day = new BusinessDay();

        var failure = await Record.ExceptionAsync(() => day.RunAsync(SamTemplates.ExpandedApp()));

        failure.Should().BeNull("the day should run through; what ran: " + string.Join("; ", day.Played.Select(p => $"{p.Function} {p.Trigger} → {p.Outcome} {p.Error}")));
        day.Played.Select(p => p.Function).Distinct().Should().BeEquivalentTo(
            ["drive-sync", "calendar-sync", "intake-webhook", "request-builder", "reply-handler", "router", "dispatch", "sweep-summary"],
            "every function of the template runs as the bootstrap at least once in the day");
    }

    [Fact]
    public async Task Without_the_owner_email_parameter_in_the_template_the_rehearsal_fails()
    {
        var template = SamTemplates.ExpandedApp();
        template["Resources"]!.AsObject().Remove("OwnerEmailParameter").Should().BeTrue("the template creates /fc/config/owner_email");
        await using var day = new BusinessDay();

        var act = () => day.RunAsync(template);

        await act.Should().ThrowAsync<RehearsalException>().WithMessage("*an unhappy email reply reaches the owner*owner_email*");
    }
}
