using FeedbackCollector.Google.Auth;

namespace FeedbackCollector.Google.Tests.Auth;

public sealed class ServiceAccountKeyTests
{
    private static readonly string Valid = TestKeys.Create(new Uri("https://oauth2.googleapis.com/token")).Json;

    [Fact]
    public void A_downloaded_key_is_read_with_its_email_key_id_and_token_uri()
    {
        var key = ServiceAccountKey.Parse(Valid);

        key.ClientEmail.Should().Be(TestKeys.ClientEmail);
        key.PrivateKeyId.Should().Be(TestKeys.KeyId);
        key.TokenUri.Should().Be(new Uri("https://oauth2.googleapis.com/token"));
        key.PrivateKeyPem.Should().StartWith("-----BEGIN PRIVATE KEY-----");
    }

    [Fact]
    public void A_key_without_token_uri_uses_Googles_token_endpoint()
    {
        ServiceAccountKey.Parse(TestKeys.With(Valid, "token_uri", null)).TokenUri.Should().Be(ServiceAccountKey.DefaultTokenUri);
    }

    [Theory]
    [InlineData("client_email", null)]
    [InlineData("client_email", "not-an-email")]
    [InlineData("private_key", null)]
    [InlineData("private_key", "-----BEGIN RSA PRIVATE KEY-----\nabc\n-----END RSA PRIVATE KEY-----")]
    [InlineData("private_key", "-----BEGIN PRIVATE KEY-----\nnot base64 at all!\n-----END PRIVATE KEY-----")]
    [InlineData("type", null)]
    [InlineData("type", "authorized_user")]
    [InlineData("token_uri", "not a url")]
    public void A_missing_or_bad_field_is_named_in_the_error(string field, string? value)
    {
        var act = () => ServiceAccountKey.Parse(TestKeys.With(Valid, field, value));

        act.Should().Throw<ServiceAccountKeyException>()
            .Where(e => e.Field == field && e.Message.Contains(field));
    }

    [Theory]
    [InlineData("")]
    [InlineData("{not json")]
    [InlineData("[1,2]")]
    public void Text_that_is_not_a_key_object_is_rejected_as_a_whole(string json)
    {
        var act = () => ServiceAccountKey.Parse(json);

        act.Should().Throw<ServiceAccountKeyException>().Where(e => e.Field == "(file)");
    }

    [Fact]
    public void The_private_key_never_appears_in_the_keys_text_form()
    {
        ServiceAccountKey.Parse(Valid).ToString().Should().NotContain("PRIVATE KEY").And.Contain(TestKeys.ClientEmail);
    }
}
