using FeedbackCollector.Web.Tests.Fakes;
using FsCheck;
using FsCheck.Fluent;

namespace FeedbackCollector.Web.Tests.Pages;

public sealed class EscapingPropertyTests
{
    [Fact]
    public void No_customer_or_business_name_ever_reaches_the_star_page_as_markup()
    {
        Prop.ForAll(ArbMap.Default.ArbFor<string>(), (string raw) =>
        {
            var text = "<i x=\"" + (raw ?? "") + "\">'&";
            var app = new TestApp();
            app.Answers.FirstName = text;
            app.Answers.BusinessName = text;
            var star = app.Send(Requests.Get("/t/goodtoken/3")).GetAwaiter().GetResult().BodyText;
            return !star.Contains(text, StringComparison.Ordinal) && !star.Contains("<i x=", StringComparison.Ordinal);
        }).QuickCheckThrowOnFailure();
    }
}
