using FeedbackCollector.Local.Config;
using FeedbackCollector.Local.Tests.TestSupport;

namespace FeedbackCollector.Local.Tests.Config;

public sealed class FolderSecretSourceTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData("../outside")]
    [InlineData("fc/../../outside")]
    [InlineData("/etc/passwd")]
    [InlineData("fc//sa")]
    [InlineData("fc\\sa")]
    public void A_name_that_would_leave_the_folder_is_refused(string name)
    {
        var source = new FolderSecretSource(_folder.Path);

        FluentActions.Invoking(() => source.Read(name)).Should().Throw<ArgumentException>().WithMessage($"*'{name}'*");
    }

    [Theory]
    [InlineData("s3cret\n")]
    [InlineData("s3cret\r\n")]
    public async Task One_trailing_line_break_from_an_editor_or_echo_is_not_part_of_the_secret(string content)
    {
        Directory.CreateDirectory(_folder.File("fc/pos"));
        await File.WriteAllTextAsync(_folder.File("fc/pos/webhook-secret"), content, TestContext.Current.CancellationToken);

        (await new FolderSecretSource(_folder.Path).GetAsync("fc/pos/webhook-secret", TestContext.Current.CancellationToken))
            .Should().Be("s3cret");
    }

    [Fact]
    public void A_written_secret_is_readable_by_its_owner_only()
    {
        var source = new FolderSecretSource(_folder.Path);

        source.Write("fc/token/signing-secret", "k");

        if (!OperatingSystem.IsWindows())
            File.GetUnixFileMode(source.PathOf("fc/token/signing-secret")).Should().Be(UnixFileMode.UserRead | UnixFileMode.UserWrite);
        Directory.EnumerateFiles(_folder.Path, "*.tmp", SearchOption.AllDirectories).Should().BeEmpty();
    }

    [Fact]
    public void A_name_nests_as_folders_under_the_secrets_folder()
    {
        var source = new FolderSecretSource(_folder.Path);

        source.PathOf("fc/drive/sa").Should().Be(Path.Combine(_folder.Path, "fc", "drive", "sa"));
    }
}
