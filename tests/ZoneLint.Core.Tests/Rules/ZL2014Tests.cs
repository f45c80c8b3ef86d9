using ZoneLint.Core.Tests.Harness;

namespace ZoneLint.Core.Tests.Rules;

/// <summary>ZL2014: an MX or SRV target inside the zone with no address in the zone.</summary>
public sealed class ZL2014Tests
{
    // Without the SPF rules: these snippets' mail domains publish no SPF record (ZL3019), beside the point here.
    private static readonly RuleVerifier Verifier = RuleVerifier.Core().WithoutSpf();

    [Fact]
    public void Mail_exchanger_without_address_is_reported_at_the_target()
    {
        Verifier.VerifyMessage(Zones.Apex + """
            @    IN MX  10 {|ZL2014:mail|}
            """,
            "ZL2014", "the mail exchanger mail.example.com. is in this zone but has no A or AAAA record");
    }

    [Fact]
    public void SRV_target_without_address_is_reported()
    {
        Verifier.Verify(Zones.Apex + """
            _sip._tcp  IN SRV 10 5 5060 {|ZL2014:sip|}
            """);
    }

    [Theory]
    [InlineData("@  IN MX 10 mail\nmail IN A 192.0.2.25")]
    [InlineData("@  IN MX 10 mail.example.net.")]
    [InlineData("@  IN MX 0 .")]
    [InlineData("_sip._tcp IN SRV 0 0 0 .")]
    public void Target_with_an_address_outside_the_zone_or_null_is_not_reported(string records)
    {
        Verifier.Verify(Zones.Apex + records + "\n");
    }

    [Fact]
    public void Target_that_is_a_CNAME_is_left_to_ZL2009()
    {
        Verifier.Verify(Zones.Apex + """
            @     IN MX  10 {|ZL2009:mail|}
            mail  IN CNAME host.example.net.
            """);
    }
}
