using System.Text;
using FeedbackCollector.Core.Ports;
using static FeedbackCollector.Testing.Contracts.ContractIds;

namespace FeedbackCollector.Testing.Contracts;

/// <summary>What every IBlobStore must do: bytes kept exactly, replace on put, list by prefix in key order.</summary>
public abstract class BlobStoreContract
{
    protected abstract Task<IBlobStore> CreateStoreAsync();

    [Fact]
    public async Task Bytes_round_trip_exactly_including_binary_and_line_endings()
    {
        var store = await CreateStoreAsync();
        var key = Unique("raw/") + ".eml";
        byte[] content = [.. Encoding.UTF8.GetBytes("From: a@b\r\nSubject: ünï\r\n\r\nbody\n"), 0, 255, 13, 10, 0x80];

        await store.PutAsync(BlobArea.RawMime, key, content, "message/rfc822", Ct);

        (await store.GetAsync(BlobArea.RawMime, key, Ct)).Should().Equal(content);
    }

    [Fact]
    public async Task Empty_content_round_trips_as_empty_not_missing()
    {
        var store = await CreateStoreAsync();
        var key = Unique("empty/");

        await store.PutAsync(BlobArea.Inbox, key, ReadOnlyMemory<byte>.Empty, "application/octet-stream", Ct);

        (await store.GetAsync(BlobArea.Inbox, key, Ct)).Should().NotBeNull().And.BeEmpty();
    }

    [Fact]
    public async Task A_missing_key_reads_as_null()
    {
        var store = await CreateStoreAsync();

        (await store.GetAsync(BlobArea.Rules, Unique("nothing/"), Ct)).Should().BeNull();
    }

    [Fact]
    public async Task Putting_a_key_again_replaces_its_current_bytes()
    {
        var store = await CreateStoreAsync();
        var key = Unique("rules/") + "/rules.txt";

        await store.PutAsync(BlobArea.Rules, key, "version 1"u8.ToArray(), "text/plain", Ct);
        await store.PutAsync(BlobArea.Rules, key, "version 2"u8.ToArray(), "text/plain", Ct);

        (await store.GetAsync(BlobArea.Rules, key, Ct)).Should().Equal("version 2"u8.ToArray());
        (await store.ListAsync(BlobArea.Rules, key, Ct)).Should().Equal(key);
    }

    [Fact]
    public async Task A_stamp_is_null_for_a_missing_key_and_moves_only_when_the_bytes_are_replaced()
    {
        var store = await CreateStoreAsync();
        var key = Unique("stamp/") + "/rules.txt";
        (await store.StampAsync(BlobArea.Rules, key, Ct)).Should().BeNull();

        await store.PutAsync(BlobArea.Rules, key, "Business: Kim's Salon"u8.ToArray(), "text/plain", Ct);
        var first = await store.StampAsync(BlobArea.Rules, key, Ct);
        await store.GetAsync(BlobArea.Rules, key, Ct);
        var unchanged = await store.StampAsync(BlobArea.Rules, key, Ct);
        await store.PutAsync(BlobArea.Rules, key, "Business: Kim's Spa!!"u8.ToArray(), "text/plain", Ct);
        var replaced = await store.StampAsync(BlobArea.Rules, key, Ct);

        first.Should().NotBeNullOrEmpty();
        unchanged.Should().Be(first, "reading is not a change");
        replaced.Should().NotBe(first, "new bytes of the same length are a new version");
    }

    [Fact]
    public async Task Listing_returns_only_keys_with_the_prefix_in_key_order()
    {
        var store = await CreateStoreAsync();
        var prefix = Unique("list/") + "/";
        foreach (var name in new[] { "b.txt", "a/2.txt", "a/1.txt", "c.txt" })
        {
            await store.PutAsync(BlobArea.Customers, prefix + name, "x"u8.ToArray(), "text/plain", Ct);
        }
        await store.PutAsync(BlobArea.Customers, Unique("list/") + "/z.txt", "x"u8.ToArray(), "text/plain", Ct);

        (await store.ListAsync(BlobArea.Customers, prefix, Ct)).Should()
            .Equal(prefix + "a/1.txt", prefix + "a/2.txt", prefix + "b.txt", prefix + "c.txt");
        (await store.ListAsync(BlobArea.Customers, prefix + "a/", Ct)).Should().Equal(prefix + "a/1.txt", prefix + "a/2.txt");
        (await store.ListAsync(BlobArea.Customers, Unique("none/"), Ct)).Should().BeEmpty();
    }

    [Fact]
    public async Task Areas_are_separate()
    {
        var store = await CreateStoreAsync();
        var key = Unique("shared/");

        await store.PutAsync(BlobArea.Rules, key, "rules"u8.ToArray(), "text/plain", Ct);

        (await store.GetAsync(BlobArea.Customers, key, Ct)).Should().BeNull();
        (await store.ListAsync(BlobArea.Inbox, key, Ct)).Should().BeEmpty();
    }

    [Fact]
    public async Task Twenty_parallel_puts_of_different_keys_are_all_kept()
    {
        var store = await CreateStoreAsync();
        var prefix = Unique("par/") + "/";
        var keys = Enumerable.Range(0, 20).Select(i => $"{prefix}{i:D2}").ToList();

        await Task.WhenAll(keys.Select(k => Task.Run(() => store.PutAsync(BlobArea.RawMime, k, Encoding.UTF8.GetBytes(k), "text/plain", Ct), Ct)));

        (await store.ListAsync(BlobArea.RawMime, prefix, Ct)).Should().Equal(keys);
        (await store.GetAsync(BlobArea.RawMime, keys[7], Ct)).Should().Equal(Encoding.UTF8.GetBytes(keys[7]));
    }

    [Fact]
    public async Task Deleting_a_key_removes_it_and_every_earlier_version_and_a_second_delete_returns_false()
    {
        var store = await CreateStoreAsync();
        var key = Unique("erase/") + ".body";
        await store.PutAsync(BlobArea.Inbox, key, "first"u8.ToArray(), "text/plain", Ct);
        await store.PutAsync(BlobArea.Inbox, key, "second"u8.ToArray(), "text/plain", Ct);

        (await store.DeleteAsync(BlobArea.Inbox, key, Ct)).Should().BeTrue();
        (await store.DeleteAsync(BlobArea.Inbox, key, Ct)).Should().BeFalse();

        (await store.GetAsync(BlobArea.Inbox, key, Ct)).Should().BeNull();
        (await store.ListAsync(BlobArea.Inbox, key, Ct)).Should().BeEmpty();
        (await store.StampAsync(BlobArea.Inbox, key, Ct)).Should().BeNull();
    }
}
