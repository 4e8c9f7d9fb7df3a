using FeedbackCollector.Aws.Signing;

namespace FeedbackCollector.Aws.Tests.Signing;

public sealed class SigV4CanonicalTests
{
    [Theory]
    [InlineData("abc-_.~XYZ09", "abc-_.~XYZ09")]
    [InlineData("a b", "a%20b")]
    [InlineData("v1:0", "v1%3A0")]
    [InlineData("a/b", "a%2Fb")]
    [InlineData("ሴ", "%E1%88%B4")]
    [InlineData("+*", "%2B%2A")]
    public void Uri_encoding_keeps_only_unreserved_characters(string raw, string encoded) =>
        SigV4Canonical.UriEncode(raw).Should().Be(encoded);

    [Fact]
    public void Non_S3_paths_are_encoded_a_second_time_so_a_percent_becomes_percent_25() =>
        SigV4Canonical.Path("/model/global.anthropic.claude-haiku-4-5-20251001-v1%3A0/converse", singleEncode: false)
            .Should().Be("/model/global.anthropic.claude-haiku-4-5-20251001-v1%253A0/converse");

    [Fact]
    public void S3_paths_are_signed_as_sent() =>
        SigV4Canonical.Path("/bucket/a%20key//x", singleEncode: true).Should().Be("/bucket/a%20key//x");

    [Fact]
    public void Non_S3_paths_drop_dot_segments_and_empty_segments() =>
        SigV4Canonical.Path("/a/./b/../c//d/", singleEncode: false).Should().Be("/a/c/d/");

    [Fact]
    public void An_empty_path_is_a_slash() => SigV4Canonical.Path("", singleEncode: false).Should().Be("/");

    [Fact]
    public void Query_values_are_re_encoded_and_sorted_by_name_then_value() =>
        SigV4Canonical.Query("?b=2&a=z&a=y&c&d=%7e+x").Should().Be("a=y&a=z&b=2&c=&d=~%2Bx");

    [Fact]
    public void Header_values_are_trimmed_collapsed_and_repeated_names_joined()
    {
        var (block, signed) = SigV4Canonical.Headers([new("My-Header", "  a   b  "), new("host", "h"), new("my-header", "c")]);

        block.Should().Be("host:h\nmy-header:a b,c\n");
        signed.Should().Be("host;my-header");
    }
}
