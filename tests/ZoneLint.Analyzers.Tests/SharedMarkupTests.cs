using ZoneLint.Core.Tests.Harness;

namespace ZoneLint.Analyzers.Tests;

/// <summary>
/// Snippets from Core's rule tests, run through the analyzer with the same markup harness: the analyzer must report
/// the same IDs at the same spans as Core, and nothing else. Each case is checked against Core too, so a snippet that
/// drifts from Core's behaviour fails here rather than passing for the wrong reason.
/// </summary>
public sealed class SharedMarkupTests
{
    public static TheoryData<string> Snippets() => new()
    {
        // ZL2001
        Zones.Apex + "{|ZL2001:www.example.com|}  IN A 192.0.2.1\n",
        Zones.Apex + "{|ZL2001:WWW.Example.COM|}  IN A 192.0.2.1\n",
        Zones.Apex + "$GENERATE 1-3 {|ZL2001:host$.example.com|} A 192.0.2.$\n",
        Zones.Apex + "www  IN A 192.0.2.1\n",
        // ZL3002
        Zones.Apex + "@  IN TXT \"v=spf1\" {|ZL3002:ip4:192.0.2.1|} \" -all\"\n",
        Zones.Apex + "@  IN TXT ( {|ZL3002:v=spf1 ip4:192.0.2.1\n            -all|} )\n",
        Zones.Apex + "mail.eu  300 IN TXT {|ZL3002:v=spf1 ip4:192.0.2.25 -all|}\nmail.eu  300 IN A 192.0.2.25\n",
        // ZL2005, ZL1001 and ZL3008 in one zone
        Zones.Apex + "www  300 IN A 192.0.2.1\nwww  {|ZL2005:600|} IN A 192.0.2.2\n",
        Zones.Apex + "www  IN A {|ZL1001:192.0.2.300|}\n",
        Zones.Apex + "@    IN TXT \"v=spf1 {|ZL3008:include:www.example.com|} ~all\"\nwww  IN TXT \"google-site-verification=abc\"\n_dmarc IN TXT \"v=DMARC1; p=none\"\n",
        // ZL4001, ZL4005 and ZL4014: a DMARC value, a mail domain without DMARC, a space glued into a DKIM key
        Zones.Apex + "_dmarc IN TXT \"v=DMARC1; p={|ZL4001:bogus|}\"\n",
        Zones.Apex + "@  IN {|ZL4005:MX|} 10 ns1\n@  IN TXT \"v=spf1 mx -all\"\n",
        Zones.Apex + "s1._domainkey IN TXT ( \"v=DKIM1; k=ed25519; p=YavG/rlvFRfEOd1TR4SX{|ZL4014: |}\"\n    \"sgLia20Gex27ChS+Xp5jszY=\" )\n",
    };

    [Theory]
    [MemberData(nameof(Snippets))]
    public void Analyzer_reports_what_the_markup_states(string markup)
    {
        RuleVerifier.Core().Verify(markup);
        AnalyzerHarness.Verifier.Verify(markup);
    }

    [Fact]
    public void Analyzer_messages_are_Core_messages()
    {
        AnalyzerHarness.Verifier.VerifyMessage(Zones.Apex + """
            @  IN TXT {|ZL3002:v=spf1 ip4:192.0.2.1 ~all|}
            """,
            "ZL3002", "the TXT data is not in double quotes", "write @ IN TXT \"v=spf1 ip4:192.0.2.1 ~all\"");
    }
}
