using System.Text;
using FeedbackCollector.Core.Flow;
using FeedbackCollector.Core.Ports;
using FeedbackCollector.Testing.Fakes;
using Microsoft.Extensions.Time.Testing;

namespace FeedbackCollector.Core.Tests.Flow;

/// <summary>An uploaded rules.txt or voice.txt goes through the same validation as a Drive sync, and a refusal reaches the owner.</summary>
public sealed class OwnerDocEditsTests
{
    private const string Good = "Business: Mei's Salon\nHappy stars: 4 to 5\n";
    private const string Bad = "Business: Mei's Salon\nHappy stars: lots\n";

    private readonly FakeBlobStore _blobs = new();
    private readonly FakeOwnerNotifier _owner = new();
    private readonly OwnerDocEdits _edits;

    public OwnerDocEditsTests() => _edits = new OwnerDocEdits(new OwnerDocs(_blobs, new FakeTimeProvider()), _blobs, _owner);

    [Fact]
    public async Task It_applies_an_uploaded_rules_file_once_and_leaves_an_unchanged_upload_alone()
    {
        await Upload(Good);

        (await _edits.CheckUploadsAsync()).Should().ContainSingle().Which.Accepted.Should().BeTrue();
        (await _edits.CheckUploadsAsync()).Should().BeEmpty("the same text was checked already");
        _owner.Pings.Should().BeEmpty();
    }

    [Fact]
    public async Task It_keeps_the_last_good_rules_when_an_upload_is_bad_and_tells_the_owner_which_line()
    {
        await Upload(Good);
        await _edits.CheckUploadsAsync();
        await Upload(Bad);

        var update = (await _edits.CheckUploadsAsync()).Should().ContainSingle().Subject;

        update.Accepted.Should().BeFalse();
        update.OwnerTold!.Sent.Should().BeTrue();
        Encoding.UTF8.GetString((await _blobs.GetAsync(BlobArea.Rules, OwnerDocs.GoodKey(OwnerDocs.RulesName)))!).Should().Be(Good);
        _owner.Pings.Should().ContainSingle().Which.Text.Should().Contain("line 2");
        (await _edits.CheckUploadsAsync()).Should().BeEmpty("a refused upload is reported once, not on every run");
    }

    private Task Upload(string text) =>
        _blobs.PutAsync(BlobArea.Rules, OwnerDocs.IncomingKey(OwnerDocs.RulesName), Encoding.UTF8.GetBytes(text), "text/plain");
}
