using System.Text;
using FeedbackCollector.Core.Model;
using FeedbackCollector.Core.Privacy;

namespace FeedbackCollector.Core.Tests.Privacy;

public sealed class PrivacyRulesTests
{
    [Theory]
    [InlineData("no", true)]
    [InlineData(" No ", true)]
    [InlineData("FALSE", true)]
    [InlineData("0", true)]
    [InlineData("N", true)]
    [InlineData("yes", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    [InlineData("none", false)]
    public void Only_an_explicit_no_refuses_consent(string? value, bool refuses)
    {
        Consent.Refuses(value).Should().Be(refuses);
    }

    [Theory]
    [InlineData("+65 9123 4567")]
    [InlineData("6591234567")]
    [InlineData("call 9123-4567 please")]
    [InlineData("(9123) 4567")]
    public void A_phone_is_recognised_however_it_is_written(string text)
    {
        ContactMatcher.Parse("91234567", "SG").Matcher!.Names(text).Should().BeTrue();
    }

    [Theory]
    [InlineData("order 1912345678")]
    [InlineData("91234568")]
    [InlineData("ann@example.com")]
    public void A_phone_is_not_found_inside_a_longer_number_or_in_other_text(string text)
    {
        ContactMatcher.Parse("+65 9123 4567", null).Matcher!.Names(text).Should().BeFalse();
    }

    [Fact]
    public void An_unreadable_contact_says_why_instead_of_matching_anything()
    {
        var (matcher, problem) = ContactMatcher.Parse("12", "SG");

        matcher.Should().BeNull();
        problem.Should().StartWith("phone number: ");
    }

    [Fact]
    public void An_email_matches_in_any_case_and_the_customer_record_by_its_email_or_id()
    {
        var matcher = ContactMatcher.Parse(" Ann@Example.COM ", null).Matcher!;

        matcher.Names("To: <ANN@example.com>").Should().BeTrue();
        matcher.Names(new Customer(AskId.ForCustomer("ann@example.com", null), "", null, null)).Should().BeTrue();
        matcher.Names(new Customer("cother", "Ann", "ann@example.com", "+6591234567")).Should().BeTrue();
        matcher.Names(new Customer("cother", "Ann", "bob@example.com", null)).Should().BeFalse();
    }

    [Fact]
    public void Stubs_keep_what_the_figures_read_and_nothing_that_names_or_quotes_the_customer()
    {
        var at = new DateTimeOffset(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);
        var ask = new Ask("c1", "a1", new Customer("c1", "Ann", "ann@example.com", "+6591234567"), "haircut", at, at, AskStatus.Sent, at, null, "fc-ask-a1", "oops +6591234567");
        var answer = new Feedback("c1", "a1", at.AddHours(1), Channel.Email, "It was bad, call me on 91234567", Bucket.Unhappy, "text: unhappy 0.93", "inbound/m1");
        var stubId = ErasureStubs.StubId(["a1"]);

        var stubAsk = ErasureStubs.Ask(ask, stubId);
        var stubAnswer = ErasureStubs.Answer(answer, stubId);

        stubId.Should().StartWith("x").And.Be(ErasureStubs.StubId(["a1"]), "a retried erasure lands on the same stub");
        stubAsk.Should().BeEquivalentTo(new { CustomerId = stubId, SentAt = (DateTimeOffset?)at, VisitType = "haircut", Status = AskStatus.Closed });
        stubAsk.Customer.Should().Be(new Customer(stubId, "", null, null));
        stubAsk.LastError.Should().Be(ErasureStubs.ErasedNote);
        stubAnswer.Should().BeEquivalentTo(new { Raw = "", RawKey = (string?)null, Bucket = Bucket.Unhappy, ReceivedAt = answer.ReceivedAt });
        ErasureStubs.Answer(answer with { Channel = Channel.Tap, Raw = "2" }, stubId).Raw.Should().Be("2", "stars are a number, not personal data");
        ErasureStubs.SuppressionHash("Ann@Example.com ").Should().Be(ErasureStubs.SuppressionHash("ann@example.com")).And.NotContain("ann");
    }

    [Fact]
    public void An_erased_customers_suppression_hash_is_the_sha256_of_their_key_so_hashes_stored_by_earlier_versions_still_match()
    {
        // Expected values from python's hashlib, not from this code: a stored hash must keep matching after any rewrite.
        ErasureStubs.SuppressionHash(" Ann@Example.com").Should().Be("71d4f55f72fa128dfb468a1a3901507c804b74316488744d769d7f4b16696476@erased.invalid");
        ErasureStubs.SuppressionHash("zoë@exämple.com").Should().Be("3abc8c4181ce083da42fe2a9d12b3ffcc989d5cb4bc38fcced91030b89684a55@erased.invalid");
    }

    [Fact]
    public void Blanking_a_csv_replaces_only_the_lines_naming_the_contact_with_spaces_of_the_same_length()
    {
        var csv = "email,visit_end\r\nann@example.com,2026-11-28\r\nbob@example.com,2026-11-28\n";

        var (bytes, lines) = RowBlanking.Blank(Encoding.UTF8.GetBytes(csv), ContactMatcher.Parse("ann@example.com", null).Matcher!);

        lines.Should().Be(1);
        Encoding.UTF8.GetString(bytes).Should().Be("email,visit_end\r\n" + new string(' ', 26) + "\r\nbob@example.com,2026-11-28\n");
    }
}
