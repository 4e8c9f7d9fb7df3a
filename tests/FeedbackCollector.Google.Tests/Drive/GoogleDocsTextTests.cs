using System.Text;
using FeedbackCollector.Google.Auth;
using FeedbackCollector.Google.Drive;

namespace FeedbackCollector.Google.Tests.Drive;

public sealed class GoogleDocsTextTests : IAsyncLifetime
{
    private const string DocId = "1aBcD_rulesDocId-xyz";
    private const string DocInfo = """
        {
          "id": "1aBcD_rulesDocId-xyz",
          "name": "rules.txt",
          "mimeType": "application/vnd.google-apps.document",
          "modifiedTime": "2026-11-27T08:41:12.345Z",
          "version": "57"
        }
        """;

    private readonly FakeGoogleServer _server = new();
    private readonly HttpClient _http = new();

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync()
    {
        _http.Dispose();
        await _server.DisposeAsync();
    }

    private GoogleDocsText Docs(int maxBytes = GoogleDocsText.DefaultMaxBytes) =>
        new(_http, new StaticAccessTokenSource("ya29.drive"), _server.Endpoints, maxBytes);

    [Fact]
    public async Task A_docs_export_is_read_as_plain_text_without_bom_or_crlf()
    {
        _server.On($"/drive/v3/files/{DocId}/export", _ => FakeResponse.Json("\uFEFFwait haircut: 2 hours\r\nquiet hours: 21:00-09:00\r\n") with { ContentType = "text/plain" });

        var text = await Docs().ExportTextAsync(DocId);

        text.Should().Be("wait haircut: 2 hours\nquiet hours: 21:00-09:00\n");
        var request = _server.Received.Single();
        request.Query["mimeType"].Should().Be("text/plain");
        request.Authorization.Should().Be("Bearer ya29.drive");
    }

    [Fact]
    public async Task File_info_gives_version_and_modified_time_for_change_detection()
    {
        _server.On($"/drive/v3/files/{DocId}", _ => FakeResponse.Json(DocInfo));

        var info = await Docs().GetInfoAsync(DocId);

        info.Should().Be(new DriveFileInfo(DocId, "rules.txt", DriveFileInfo.GoogleDocMimeType,
            new DateTimeOffset(2026, 11, 27, 8, 41, 12, 345, TimeSpan.Zero), 57));
        info.ChangeKey.Should().Be("57@2026-11-27T08:41:12.345Z");
        _server.Received.Single().Query["fields"].Should().Contain("modifiedTime").And.Contain("version");
    }

    [Fact]
    public async Task The_change_key_differs_after_an_edit()
    {
        _server.On($"/drive/v3/files/{DocId}", _ => FakeResponse.Json(DocInfo));
        var before = await Docs().GetInfoAsync(DocId);
        _server.On($"/drive/v3/files/{DocId}", _ => FakeResponse.Json(DocInfo.Replace("\"57\"", "\"58\"", StringComparison.Ordinal)));

        var after = await Docs().GetInfoAsync(DocId);

        after.ChangeKey.Should().NotBe(before.ChangeKey);
    }

    [Fact]
    public async Task An_uploaded_text_file_is_downloaded_rather_than_exported()
    {
        var info = new DriveFileInfo("txt-1", "voice.txt", "text/plain", DateTimeOffset.UnixEpoch, 3);
        _server.On("/drive/v3/files/txt-1", r => r.Query["alt"] == "media" ? FakeResponse.Json("tone: warm") : FakeResponse.Error(400, "{}"));

        (await Docs().ReadTextAsync(info)).Should().Be("tone: warm");
    }

    [Fact]
    public async Task A_doc_larger_than_the_cap_is_refused()
    {
        _server.On($"/drive/v3/files/{DocId}/export", _ => FakeResponse.Json(new string('x', 5000)));

        var act = async () => await Docs(maxBytes: 1000).ExportTextAsync(DocId);

        var error = (await act.Should().ThrowAsync<GoogleApiException>()).Which;
        error.ErrorCode.Should().Be("tooLarge");
        error.IsTransient.Should().BeFalse();
    }

    [Fact]
    public async Task A_doc_not_shared_with_the_service_account_is_a_permanent_404()
    {
        _server.On($"/drive/v3/files/{DocId}/export", _ => FakeResponse.Error(404,
            """{"error":{"code":404,"message":"File not found: 1aBcD_rulesDocId-xyz.","errors":[{"message":"File not found: 1aBcD_rulesDocId-xyz.","domain":"global","reason":"notFound","location":"fileId","locationType":"parameter"}]}}"""));

        var act = async () => await Docs().ExportTextAsync(DocId);

        var error = (await act.Should().ThrowAsync<GoogleApiException>()).Which;
        error.StatusCode.Should().Be(404);
        error.ErrorCode.Should().Be("notFound");
        error.IsTransient.Should().BeFalse();
    }
}
