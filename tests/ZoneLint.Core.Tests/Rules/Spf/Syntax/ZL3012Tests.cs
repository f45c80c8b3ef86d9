using ZoneLint.Core.Tests.Harness;
using static ZoneLint.Core.Tests.Rules.Spf.Syntax.SpfSyntaxVerifier;

namespace ZoneLint.Core.Tests.Rules.Spf.Syntax;

/// <summary>ZL3012: the ptr mechanism.</summary>
public sealed class ZL3012Tests
{
    [Fact]
    public void Each_ptr_is_reported_on_its_term()
    {
        Verifier.VerifyMessage(Zones.Apex + """
            @  IN TXT "v=spf1 {|ZL3012:ptr|} {|ZL3012:?ptr:example.net|} -all"
            """,
            "ZL3012", "RFC 7208 §5.5", "ip4:/ip6:");
    }

    [Fact]
    public void Ptr_split_across_lines()
    {
        Verifier.Verify(Zones.Apex + """
            @  IN TXT ( "v=spf1 mx {|ZL3012:pt"
                        "r|} -all" )
            """);
    }

    [Theory]
    [InlineData("v=spf1 mx -all")]
    [InlineData("v=spf1 include:ptr.example.com -all")]
    [InlineData("v=spf1 exists:%{p}.example.com -all")]
    public void Records_without_ptr_are_fine(string text)
    {
        Verifier.Verify(Zones.Apex + "@  IN TXT \"" + text + "\"\n");
    }

    [Fact]
    public void Bad_ptr_is_a_syntax_error_only()
    {
        Verifier.Verify(Zones.Apex + """
            @  IN TXT "v=spf1 {|ZL3001:ptr/24|} -all"
            """);
    }
}
