using FeedbackCollector.Core.Ports;
using FeedbackCollector.Local.Blobs;
using FeedbackCollector.Local.Tests.TestSupport;
using FeedbackCollector.Testing.Contracts;

namespace FeedbackCollector.Local.Tests.Blobs;

public sealed class FolderBlobStoreContractTests : BlobStoreContract, IDisposable
{
    private readonly TempFolder _folder = new();

    protected override Task<IBlobStore> CreateStoreAsync() => Task.FromResult<IBlobStore>(new FolderBlobStore(_folder.Path));

    public void Dispose() => _folder.Dispose();
}
