using ZoneLint.Core.Tests.Harness;
using static ZoneLint.Core.Tests.Rules.Spf.Syntax.SpfSyntaxVerifier;

namespace ZoneLint.Core.Tests.Rules.Spf.Syntax;

/// <summary>ZL3009: `+all` or a bare `all`.</summary>
public sealed class ZL3009Tests
{
    [Fact]
    public void Plus_all_is_reported_on_the_term()
    {
        Verifier.VerifyMessage(Zones.Apex + """
            @  IN TXT "v=spf1 mx {|ZL3009:+all|}"
            """,
            "ZL3009", "'+all' gives pass to every host on the internet", "anyone can send mail as example.com.", "~all", "-all");
    }

    [Theory]
    [InlineData("all")]
    [InlineData("ALL")]
    public void Bare_all_means_plus_all(string all)
    {
        Verifier.VerifyMessage(Zones.Apex + "@  IN TXT \"v=spf1 mx {|ZL3009:" + all + "|}\"\n", "ZL3009", "with no qualifier (which means +all");
    }

    [Fact]
    public void Split_across_strings_and_lines()
    {
        Verifier.Verify(Zones.Apex + """
            @  IN TXT ( "v=spf1 mx {|ZL3009:+a"
                        "ll|}" )
            """);
    }

    [Fact]
    public void Only_the_first_all_counts()
    {
        Verifier.Verify(Zones.Apex + """
            www  IN TXT "v=spf1 a -all {|ZL3011:+all|}"
            ftp  IN TXT "v=spf1 a {|ZL3009:all|} {|ZL3011:-all|}"
            """);
    }

    [Theory]
    [InlineData("-all")]
    [InlineData("~all")]
    [InlineData("?all")]
    [InlineData("redirect=_spf.example.net")]
    public void Other_endings_are_not_reported(string end)
    {
        Verifier.Verify(Zones.Apex + "@  IN TXT \"v=spf1 mx " + end + "\"\n");
    }

    [Fact]
    public void Plus_all_in_a_record_with_a_syntax_error_is_still_reported()
    {
        Verifier.Verify(Zones.Apex + """
            @  IN TXT "v=spf1 {|ZL3001:inlcude:_spf.google.com|} {|ZL3009:+all|}"
            """);
    }
}
