using FeedbackCollector.Core.Ports;
using FeedbackCollector.Local.Blobs;
using FeedbackCollector.Local.Tests.TestSupport;

namespace FeedbackCollector.Local.Tests.Blobs;

public sealed class FolderBlobStoreTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public async Task Replacing_a_key_keeps_the_previous_versions_in_order()
    {
        var store = new FolderBlobStore(_folder.Path);

        await store.PutAsync(BlobArea.Rules, "rules.txt", "one"u8.ToArray(), "text/plain");
        await store.PutAsync(BlobArea.Rules, "rules.txt", "two"u8.ToArray(), "text/plain");
        await store.PutAsync(BlobArea.Rules, "rules.txt", "three"u8.ToArray(), "text/plain");

        (await store.GetAsync(BlobArea.Rules, "rules.txt")).Should().Equal("three"u8.ToArray());
        store.ListVersions(BlobArea.Rules, "rules.txt").Should().Equal(1, 2);
        (await store.GetVersionAsync(BlobArea.Rules, "rules.txt", 1)).Should().Equal("one"u8.ToArray());
        (await store.GetVersionAsync(BlobArea.Rules, "rules.txt", 2)).Should().Equal("two"u8.ToArray());
        (await store.ListAsync(BlobArea.Rules, "")).Should().Equal("rules.txt");
    }

    [Fact]
    public async Task Writing_the_same_bytes_again_adds_no_version()
    {
        var store = new FolderBlobStore(_folder.Path);

        await store.PutAsync(BlobArea.Rules, "voice.txt", "same"u8.ToArray(), "text/plain");
        await store.PutAsync(BlobArea.Rules, "voice.txt", "same"u8.ToArray(), "text/plain");

        store.ListVersions(BlobArea.Rules, "voice.txt").Should().BeEmpty();
    }

    [Fact]
    public async Task No_temp_files_are_left_behind_after_writes()
    {
        var store = new FolderBlobStore(_folder.Path);

        await store.PutAsync(BlobArea.RawMime, "2026/11/28/abc.eml", "x"u8.ToArray(), "message/rfc822");

        Directory.EnumerateFiles(_folder.Path, "*.tmp", SearchOption.AllDirectories).Should().BeEmpty();
        File.Exists(Path.Combine(_folder.Path, "rawmime", "2026", "11", "28", "abc.eml")).Should().BeTrue();
    }

    [Theory]
    [InlineData("../escape.txt")]
    [InlineData("a/../../escape.txt")]
    [InlineData("/etc/passwd")]
    [InlineData("a\\b.txt")]
    [InlineData(".versions/rules.txt.v1")]
    [InlineData("a//b")]
    [InlineData("")]
    [InlineData("sp ace.txt")]
    public async Task Keys_that_could_leave_the_area_or_hide_among_internal_files_are_refused(string key)
    {
        var store = new FolderBlobStore(_folder.Path);

        var put = () => store.PutAsync(BlobArea.Customers, key, "x"u8.ToArray(), "text/plain");
        var get = () => store.GetAsync(BlobArea.Customers, key);

        await put.Should().ThrowAsync<ArgumentException>();
        await get.Should().ThrowAsync<ArgumentException>();
        Directory.EnumerateFiles(Path.GetDirectoryName(_folder.Path)!, "escape.txt").Should().BeEmpty();
    }

    [Fact]
    public async Task A_prefix_that_traverses_is_refused()
    {
        var store = new FolderBlobStore(_folder.Path);

        var list = () => store.ListAsync(BlobArea.Customers, "../");

        await list.Should().ThrowAsync<ArgumentException>();
    }

    [Fact]
    public async Task Parallel_writers_of_one_key_do_not_fail_and_the_first_version_is_kept()
    {
        var store = new FolderBlobStore(_folder.Path);
        await store.PutAsync(BlobArea.Rules, "rules.txt", "v0"u8.ToArray(), "text/plain");

        await Task.WhenAll(Enumerable.Range(1, 8).Select(i => Task.Run(() =>
            store.PutAsync(BlobArea.Rules, "rules.txt", System.Text.Encoding.ASCII.GetBytes($"v{i}"), "text/plain"))));

        store.ListVersions(BlobArea.Rules, "rules.txt").Should().NotBeEmpty();
        (await store.GetVersionAsync(BlobArea.Rules, "rules.txt", 1)).Should().Equal("v0"u8.ToArray());
    }

    public void Dispose() => _folder.Dispose();
}
