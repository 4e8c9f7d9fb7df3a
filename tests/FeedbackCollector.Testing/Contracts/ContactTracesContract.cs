using FeedbackCollector.Core.Ports;
using FeedbackCollector.Core.Privacy;
using static FeedbackCollector.Testing.Contracts.ContractIds;

namespace FeedbackCollector.Testing.Contracts;

/// <summary>What every IContactTraces must do: find what names a contact, erase exactly that, and leave the rest.</summary>
public abstract class ContactTracesContract
{
    /// <summary>Traces holding these messages (each as the runtime keeps a message it sent).</summary>
    protected abstract Task<IContactTraces> CreateWithAsync(IReadOnlyList<string> messages);

    private static ContactMatcher Contact(string input) => ContactMatcher.Parse(input, "SG").Matcher!;

    [Fact]
    public async Task Messages_naming_the_email_or_the_phone_are_found_and_erased_and_others_stay()
    {
        var traces = await CreateWithAsync([
            "To: Ann <ANN@example.com>\r\n\r\nHow was your visit?",
            "To: +65 9123 4567\n\nHow was your visit?",
            "To: bob@example.com\r\n\r\nHow was your visit? Order 1912345678",
        ]);

        (await traces.FindAsync(Contact("ann@example.com"), Ct)).Should().HaveCount(1);
        (await traces.FindAsync(Contact("91234567"), Ct)).Should().HaveCount(1);
        (await traces.EraseAsync(Contact("ann@example.com"), Ct)).Should().Be(1);
        (await traces.EraseAsync(Contact("+6591234567"), Ct)).Should().Be(1);

        (await traces.FindAsync(Contact("ann@example.com"), Ct)).Should().BeEmpty();
        (await traces.FindAsync(Contact("bob@example.com"), Ct)).Should().HaveCount(1, "another customer's message stays");
        (await traces.EraseAsync(Contact("ann@example.com"), Ct)).Should().Be(0);
    }
}
