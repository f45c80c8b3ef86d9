using ZoneLint.Core.Tests.Harness;
using static ZoneLint.Core.Tests.Rules.Spf.Syntax.SpfSyntaxVerifier;

namespace ZoneLint.Core.Tests.Rules.Spf.Syntax;

/// <summary>ZL3011: terms after all, or redirect beside all.</summary>
public sealed class ZL3011Tests
{
    [Fact]
    public void Mechanism_after_all_is_reported_on_the_term()
    {
        Verifier.VerifyMessage(Zones.Apex + """
            @  IN TXT "v=spf1 ~all {|ZL3011:include:_spf.google.com|}"
            """,
            "ZL3011", "'include:_spf.google.com' stands after '~all'", "RFC 7208 §5.1", "move it before '~all'");
    }

    [Fact]
    public void Each_ignored_mechanism_is_reported()
    {
        Verifier.Verify(Zones.Apex + """
            @  IN TXT ( "v=spf1 -all {|ZL3011:mx|}"
                        " {|ZL3011:ip4:192.0.2.0/24|}" )
            """);
    }

    [Theory]
    [InlineData("v=spf1 {|ZL3011:redirect=_spf.example.net|} -all")]
    [InlineData("v=spf1 -all {|ZL3011:redirect=_spf.example.net|}")]
    public void Redirect_beside_all_is_reported(string text)
    {
        Verifier.VerifyMessage(Zones.Apex + "@  IN TXT \"" + text + "\"\n", "ZL3011", "is ignored because the record has '-all' (RFC 7208 §6.1)", "include:_spf.example.net");
    }

    [Theory]
    [InlineData("v=spf1 mx -all exp=explain.example.com")]
    [InlineData("v=spf1 mx -all ra=postmaster")]
    [InlineData("v=spf1 include:_spf.google.com ~all")]
    [InlineData("v=spf1 mx redirect=_spf.example.net")]
    public void Modifiers_after_all_and_records_without_all_are_fine(string text)
    {
        Verifier.Verify(Zones.Apex + "@  IN TXT \"" + text + "\"\n");
    }
}
