using FeedbackCollector.Core.Ports;
using static FeedbackCollector.Testing.Contracts.ContractIds;

namespace FeedbackCollector.Testing.Contracts;

/// <summary>What every ISuppressionList must do. Keys follow FeedbackCollector.Core.Flow.SuppressionKey.</summary>
public abstract class SuppressionListContract
{
    protected abstract Task<ISuppressionList> CreateListAsync();

    private static string Email() => Unique("u") + "@example.com";

    [Fact]
    public async Task An_address_never_added_is_not_suppressed()
    {
        var list = await CreateListAsync();

        (await list.IsSuppressedAsync(Email(), Ct)).Should().BeFalse();
    }

    [Fact]
    public async Task An_added_address_is_suppressed()
    {
        var list = await CreateListAsync();
        var address = Email();

        await list.AddAsync(address, "unsubscribe", At(2026, 3, 9, 8, 0), Ct);

        (await list.IsSuppressedAsync(address, Ct)).Should().BeTrue();
    }

    [Fact]
    public async Task An_email_is_suppressed_whatever_its_case_or_surrounding_spaces()
    {
        var list = await CreateListAsync();
        var address = Email();

        await list.AddAsync(" " + address.ToUpperInvariant(), "bounce", At(2026, 3, 9, 8, 0), Ct);

        (await list.IsSuppressedAsync(address, Ct)).Should().BeTrue();
    }

    [Fact]
    public async Task A_phone_is_suppressed_whatever_its_formatting()
    {
        var list = await CreateListAsync();
        var digits = "65" + Random.Shared.Next(10_000_000, 99_999_999).ToString(System.Globalization.CultureInfo.InvariantCulture);

        await list.AddAsync("+" + digits[..2] + " " + digits[2..6] + "-" + digits[6..], "unsubscribe", At(2026, 3, 9, 8, 0), Ct);

        (await list.IsSuppressedAsync(digits, Ct)).Should().BeTrue();
    }

    [Fact]
    public async Task Adding_twice_is_harmless()
    {
        var list = await CreateListAsync();
        var address = Email();

        await list.AddAsync(address, "unsubscribe", At(2026, 3, 9, 8, 0), Ct);
        await list.AddAsync(address, "complaint", At(2026, 3, 10, 8, 0), Ct);

        (await list.IsSuppressedAsync(address, Ct)).Should().BeTrue();
    }

    [Fact]
    public async Task Suppressing_one_address_leaves_others_alone()
    {
        var list = await CreateListAsync();

        await list.AddAsync(Email(), "bounce", At(2026, 3, 9, 8, 0), Ct);

        (await list.IsSuppressedAsync(Email(), Ct)).Should().BeFalse();
    }

    [Fact]
    public async Task Twenty_parallel_adds_of_one_address_all_succeed()
    {
        var list = await CreateListAsync();
        var address = Email();

        await Task.WhenAll(Enumerable.Range(0, 20).Select(i =>
            Task.Run(() => list.AddAsync(address, "unsubscribe", At(2026, 3, 9, 8, 0, i), Ct), Ct)));

        (await list.IsSuppressedAsync(address, Ct)).Should().BeTrue();
    }

    [Fact]
    public async Task A_removed_address_is_no_longer_suppressed_in_any_spelling_and_a_second_remove_returns_false()
    {
        var list = await CreateListAsync();
        var address = Unique("erase-") + "@Example.com";
        await list.AddAsync(address, "unsubscribe", At(2026, 3, 9, 8, 0, 0, 0), Ct);

        (await list.RemoveAsync(address.ToUpperInvariant(), Ct)).Should().BeTrue();
        (await list.RemoveAsync(address, Ct)).Should().BeFalse();

        (await list.IsSuppressedAsync(address, Ct)).Should().BeFalse();
    }

    [Fact]
    public async Task Among_no_addresses_none_is_suppressed()
    {
        var list = await CreateListAsync();

        (await list.SuppressedAmongAsync([], Ct)).Should().BeEmpty();
    }

    [Fact]
    public async Task Among_many_addresses_the_suppressed_ones_come_back_as_they_were_given_in_any_spelling()
    {
        var list = await CreateListAsync();
        var ann = Email();
        var phone = "+65 9" + Random.Shared.Next(1000000, 9999999).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var removed = Email();
        await list.AddAsync(ann, "unsubscribe", At(2026, 3, 9, 8, 0), Ct);
        await list.AddAsync(phone, "complaint", At(2026, 3, 9, 8, 0), Ct);
        await list.AddAsync(removed, "bounce", At(2026, 3, 9, 8, 0), Ct);
        await list.RemoveAsync(removed, Ct);
        var shouted = "  " + ann.ToUpperInvariant() + " ";
        var digits = new string([.. phone.Where(char.IsAsciiDigit)]);

        var found = await list.SuppressedAmongAsync([ann, shouted, Email(), digits, removed, ann], Ct);

        found.Should().BeEquivalentTo([ann, shouted, digits]);
    }

    // An adapter may read a short list whole and ask a long one about each address: both answers must agree.
    [Fact]
    public async Task Asked_about_fewer_addresses_than_are_listed_the_suppressed_ones_still_come_back()
    {
        var list = await CreateListAsync();
        var listed = Enumerable.Range(0, 5).Select(_ => Email()).ToList();
        foreach (var address in listed) await list.AddAsync(address, "unsubscribe", At(2026, 3, 9, 8, 0), Ct);
        var shouted = listed[2].ToUpperInvariant();

        var found = await list.SuppressedAmongAsync([shouted, Email()], Ct);

        found.Should().BeEquivalentTo([shouted]);
    }
}
