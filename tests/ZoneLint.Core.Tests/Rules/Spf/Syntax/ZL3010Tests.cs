using ZoneLint.Core.Tests.Harness;
using static ZoneLint.Core.Tests.Rules.Spf.Syntax.SpfSyntaxVerifier;

namespace ZoneLint.Core.Tests.Rules.Spf.Syntax;

/// <summary>ZL3010: neither all nor redirect.</summary>
public sealed class ZL3010Tests
{
    [Fact]
    public void Record_without_all_is_reported_on_its_text_with_the_line_to_write()
    {
        Verifier.VerifyMessage(Zones.Apex + """
            @  IN TXT {|ZL3010:"v=spf1 mx"|}
            """,
            "ZL3010", "neither 'all' nor 'redirect='", "neutral (RFC 7208 §4.7)", "@ IN TXT \"v=spf1 mx ~all\"");
    }

    [Fact]
    public void Empty_record()
    {
        Verifier.Verify(Zones.Apex + """
            @  IN TXT {|ZL3010:"v=spf1"|}
            """);
    }

    [Fact]
    public void Record_in_several_strings_is_reported_across_them()
    {
        Verifier.Verify(Zones.Apex + """
            @  IN TXT ( {|ZL3010:"v=spf1 a "
                        "mx"|} )
            """);
    }

    [Theory]
    [InlineData("v=spf1 mx -all")]
    [InlineData("v=spf1 mx redirect=_spf.example.net")]
    [InlineData("v=spf1 redirect=_spf.example.net")]
    [InlineData("v=spf1 ?all")]
    public void Records_with_all_or_redirect_are_not_reported(string text)
    {
        Verifier.Verify(Zones.Apex + "@  IN TXT \"" + text + "\"\n");
    }

    [Fact]
    public void Record_with_a_syntax_error_is_ZL3001_only()
    {
        // The bad term may be the all that was meant; the record is permerror anyway.
        Verifier.Verify(Zones.Apex + """
            @  IN TXT "v=spf1 mx {|ZL3001:~al|}"
            """);
    }
}
