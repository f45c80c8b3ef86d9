using ZoneLint.Cli.Output;

namespace ZoneLint.Cli.Tests.Output;

public sealed class TextReporterTests
{
    [Theory]
    [InlineData("a\u001B[31mb", "a\\x1B[31mb")]
    [InlineData("tab\there", "tab\\x09here")]
    [InlineData("next\u0085line", "next\\x85line")]
    [InlineData("v=spf1 \u202Eall-\u202C ~all", "v=spf1 \\u202Eall-\\u202C ~all")]
    [InlineData("\u2066isolate\u2069", "\\u2066isolate\\u2069")]
    [InlineData("サーバーのIPアドレス “v=spf1”", "サーバーのIPアドレス “v=spf1”")]
    public void ControlAndBidiCharactersAreShownNotObeyed(string text, string shown)
    {
        Assert.Equal(shown, TextReporter.Sanitize(text));
    }

    [Fact]
    public void LineFeedsAreKeptOnlyWhenAsked()
    {
        Assert.Equal("a\\x0Ab", TextReporter.Sanitize("a\nb"));
        Assert.Equal("a\nb", TextReporter.Sanitize("a\nb", keepLineFeeds: true));
    }
}
