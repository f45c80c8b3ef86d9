using ZoneLint.Core.Tests.Harness;
using static ZoneLint.Core.Tests.Rules.Spf.Syntax.SpfSyntaxVerifier;

namespace ZoneLint.Core.Tests.Rules.Spf.Syntax;

/// <summary>ZL3013: SPF published as RR type 99.</summary>
public sealed class ZL3013Tests
{
    [Fact]
    public void Type_99_alone_is_reported_on_its_type_with_the_TXT_line_to_write()
    {
        Verifier.VerifyMessage(Zones.Apex + """
            @  IN {|ZL3013:SPF|} "v=spf1 mx -all"
            """,
            "ZL3013", "RFC 7208 §3.1", "receivers look only at TXT", "publish the text as TXT instead: @ IN TXT \"v=spf1 mx -all\"");
    }

    [Fact]
    public void Type_99_beside_the_same_TXT_says_so()
    {
        Verifier.VerifyMessage(Zones.Apex + """
            @  IN TXT "v=spf1 mx -all"
            @  IN {|ZL3013:SPF|} "v=spf1 mx -all"
            """,
            "ZL3013", "the same text is already published as TXT", "delete this record");
    }

    [Fact]
    public void Reported_once_per_name()
    {
        Verifier.VerifyMessage(Zones.Apex + """
            @  IN {|ZL3013:SPF|} "v=spf1 mx -all"
            {|ZL3004:@  IN SPF "v=spf1 a -all"|}
            www  IN {|ZL3013:SPF|} "v=spf1 a -all"
            www  IN A 192.0.2.80
            """,
            "ZL3013", "RFC 7208 §3.1");
    }

    [Fact]
    public void Second_type_99_record_is_mentioned()
    {
        var reported = Verifier.Verify(Zones.Apex + """
            @  IN TXT "v=spf1 mx -all"
            @  IN {|ZL3013:SPF|} "v=spf1 mx -all"
            @  IN SPF "v=spf1 mx -all"
            """);
        Assert.Contains("(and the 1 other SPF-type record at this name)", reported[0].Message);
    }

    [Fact]
    public void TXT_only_is_fine()
    {
        Verifier.Verify(Zones.Apex + """
            @  IN TXT "v=spf1 mx -all"
            """);
    }
}
