using ZoneLint.Core.Tests.Harness;
using static ZoneLint.Core.Tests.Rules.Spf.Syntax.SpfSyntaxVerifier;

namespace ZoneLint.Core.Tests.Rules.Spf.Syntax;

/// <summary>ZL3002: SPF text not in double quotes, wholly or partly.</summary>
public sealed class ZL3002Tests
{
    [Fact]
    public void Wholly_unquoted_record_shows_what_a_resolver_reads_and_the_line_to_write()
    {
        Verifier.VerifyMessage(Zones.Apex + """
            @  IN TXT {|ZL3002:v=spf1 a mx ~all|}
            """,
            "ZL3002", "the TXT data is not in double quotes", "\"v=spf1amx~all\"", "no SPF record at all", "write @ IN TXT \"v=spf1 a mx ~all\"");
    }

    [Fact]
    public void Sample_shape_inherited_owner_at_the_apex()
    {
        // samples/zones/example.org.zone: the owner is inherited from the line above.
        Verifier.VerifyMessage(Zones.Apex + """
            @       IN  MX      10 mail
                    IN  TXT     {|ZL3002:v=spf1 a mx ~all|}
            mail    IN  A       192.0.2.1
            """,
            "ZL3002", "write @ IN TXT \"v=spf1 a mx ~all\"");
    }

    [Fact]
    public void Sample_shape_only_the_first_part_quoted()
    {
        Verifier.VerifyMessage(Zones.Apex + """
            news    IN  MX      10 mail
                    IN  TXT     "v=spf1 ip4:198.51.100.0/28" {|ZL3002:include:_spf.google.com ~all|}
            mail    IN  A       192.0.2.1
            """,
            "ZL3002", "part of the TXT data (include:_spf.google.com ~all) is not in double quotes",
            "\"v=spf1 ip4:198.51.100.0/28include:_spf.google.com~all\"", "syntax error (permerror)",
            "write news IN TXT \"v=spf1 ip4:198.51.100.0/28 include:_spf.google.com ~all\"");
    }

    [Fact]
    public void Only_the_version_unquoted()
    {
        Verifier.VerifyMessage(Zones.Apex + """
            @  IN TXT {|ZL3002:v=spf1|} "a mx ~all"
            """,
            "ZL3002", "\"v=spf1a mx ~all\"", "write @ IN TXT \"v=spf1 a mx ~all\"");
    }

    [Fact]
    public void Unquoted_words_between_quoted_strings()
    {
        Verifier.Verify(Zones.Apex + """
            @  IN TXT "v=spf1" {|ZL3002:a mx|} " ~all"
            """);
    }

    [Fact]
    public void Unquoted_words_across_lines_in_parentheses()
    {
        Verifier.Verify(Zones.Apex + """
            @  IN TXT ( {|ZL3002:v=spf1 a
                        mx ~all|} )
            """);
    }

    [Fact]
    public void Written_TTL_and_owner_are_kept_in_the_line_to_write()
    {
        Verifier.VerifyMessage(Zones.Apex + """
            mail.eu  300 IN TXT {|ZL3002:v=spf1 a -all|}
            mail.eu  300 IN A 192.0.2.25
            """,
            "ZL3002", "write mail.eu 300 IN TXT \"v=spf1 a -all\"");
    }

    [Fact]
    public void Unquoted_record_with_a_broken_version_is_ZL3002_only_and_the_line_repairs_both()
    {
        Verifier.VerifyMessage(Zones.Apex + """
            @  IN TXT {|ZL3002:v=spf 1 mx ~all|}
            """,
            "ZL3002", "write @ IN TXT \"v=spf1 mx ~all\"");
    }

    [Fact]
    public void Unquoted_record_with_ptr_and_plus_all_is_ZL3002_only()
    {
        Verifier.Verify(Zones.Apex + """
            @  IN TXT {|ZL3002:v=spf1 ptr +all|}
            """);
    }

    [Theory]
    [InlineData("\"v=spf1 a mx \" ~all")]
    [InlineData("\"v=spf1 a mx ~all\"")]
    [InlineData("( \"v=spf1 a mx\"\n  \" ~all\" )")]
    [InlineData("hello world")]
    [InlineData("v=DMARC1; p=none")]
    [InlineData("google-site-verification=abc123")]
    public void Quoted_records_and_other_unquoted_text_are_not_reported(string rdata)
    {
        Verifier.Verify(Zones.Apex + "@  IN TXT " + rdata + "\n");
    }

    [Fact]
    public void Typographic_quotes_are_ZL1006_not_ZL3002()
    {
        // Unquoted as far as the zone file is concerned, but the fix is the quotes themselves, which ZL1006 names.
        Verifier.Verify(Zones.Apex + """
            @  IN TXT {|ZL1006:“|}v=spf1 mx ~all{|ZL1006:”|}
            """);
    }
}
