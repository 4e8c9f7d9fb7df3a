using System.Text;
using FeedbackCollector.Core.Model;
using FeedbackCollector.Web.Webhooks;
using FeedbackCollector.Web.Webhooks.Normalizers;

namespace FeedbackCollector.Web.Tests.Webhooks.Normalizers;

public sealed class GenericNormalizerTests
{
    private static readonly WebhookSchemeOptions Options = new("s");

    private static WebhookNormalization Run(string json) => GenericNormalizer.Normalize(Encoding.UTF8.GetBytes(json), Options);

    [Fact]
    public void A_full_payload_is_a_visit_with_every_field()
    {
        var visit = Run("{\"source\":\"till\",\"source_id\":\"r-42\",\"first_name\":\"Mia\",\"email\":\"Mia@Example.com\",\"phone\":\"+65 9123 4567\",\"visit_type\":\"haircut\",\"ended_at\":\"2026-03-02T17:45:00+08:00\"}")
            .Visits.Single();

        visit.Should().BeEquivalentTo(new
        {
            Source = "till",
            SourceId = "r-42",
            VisitType = "haircut",
            EndedAt = new DateTimeOffset(2026, 3, 2, 17, 45, 0, TimeSpan.FromHours(8)),
        });
        visit.Customer.CustomerId.Should().Be(AskId.ForCustomer("Mia@Example.com", "+65 9123 4567"));
        visit.AskId.Should().Be(AskId.ForVisit("till", "r-42"));
    }

    [Fact]
    public void A_phone_alone_is_enough_and_the_visit_type_defaults()
    {
        var visit = Run("{\"source\":\"till\",\"source_id\":\"1\",\"phone\":\"91234567\",\"ended_at\":\"2026-03-02T10:00:00Z\"}").Visits.Single();

        visit.VisitType.Should().Be("purchase");
        visit.Customer.Email.Should().BeNull();
    }

    [Theory]
    [InlineData("{\"source\":\"till\",\"source_id\":\"1\",\"email\":\"a@b.c\",\"ended_at\":\"2026-03-02T10:00:00Z\",\"test\":true}", "test transaction")]
    public void Test_transactions_are_dropped(string json, string reason)
    {
        Run(json).Reason.Should().Be(reason);
    }

    [Theory]
    [InlineData("{}", "missing source, source_id, ended_at")]
    [InlineData("{\"source\":\"till\",\"source_id\":\"1\",\"ended_at\":\"2026-03-02T10:00:00Z\"}", "email or phone is required")]
    [InlineData("{\"source\":\"till\",\"source_id\":\"1\",\"email\":\"a@b.c\",\"ended_at\":\"yesterday\"}", "ended_at is not an ISO 8601 date-time")]
    [InlineData("{\"source\":\"till\",\"source_id\":\"1\",\"email\":\"a@b.c\",\"ended_at\":\"2026-03-02T10:00:00Z\",", "body is not valid JSON (line 1")]
    [InlineData("\"just a string\"", "body is JSON but not an object")]
    public void Malformed_payloads_name_what_was_wrong(string json, string problem)
    {
        var result = Run(json);

        result.Outcome.Should().Be(WebhookOutcome.Malformed);
        result.Reason.Should().StartWith(problem);
    }

    [Fact]
    public void An_overlong_field_is_malformed()
    {
        Run("{\"source\":\"till\",\"source_id\":\"" + new string('x', 300) + "\",\"email\":\"a@b.c\",\"ended_at\":\"2026-03-02T10:00:00Z\"}")
            .Reason.Should().Be("source_id is longer than 200 characters");
    }
}
