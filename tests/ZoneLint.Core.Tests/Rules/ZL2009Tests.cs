using ZoneLint.Core.Tests.Harness;

namespace ZoneLint.Core.Tests.Rules;

/// <summary>ZL2009: an MX or NS target that is a CNAME in this zone (RFC 2181 §10.3).</summary>
public sealed class ZL2009Tests
{
    // Without the SPF rules: these snippets' mail domains publish no SPF record (ZL3019), beside the point here.
    private static readonly RuleVerifier Verifier = RuleVerifier.Core().WithoutSpf();

    [Fact]
    public void MX_pointing_at_an_alias_is_reported_on_the_exchange()
    {
        Verifier.VerifyMessage(Zones.Apex + """
            @     IN MX 10 {|ZL2009:mail|}
            mail  IN CNAME host
            host  IN A 192.0.2.25
            """,
            "ZL2009", "mail exchanger mail.example.com. is a CNAME (line 6)", "write host.example.com.");
    }

    [Fact]
    public void NS_pointing_at_an_alias_is_reported_on_the_name_server()
    {
        Verifier.VerifyMessage(Zones.Apex + """
            @     IN NS {|ZL2009:dns|}
            dns   IN CNAME ns1
            """,
            "ZL2009", "name server dns.example.com.");
    }

    [Fact]
    public void Absolute_target_is_resolved_the_same_way()
    {
        Verifier.Verify(Zones.Apex + """
            @     IN MX 10 {|ZL2009:mail.example.com.|}
            @     IN MX 20 {|ZL2009:MAIL.example.com.|}
            mail  IN CNAME host
            host  IN A 192.0.2.25
            """);
    }

    [Fact]
    public void Alias_defined_before_the_MX_is_found_too()
    {
        Verifier.Verify(Zones.Apex + """
            mail  IN CNAME host
            host  IN A 192.0.2.25
            sub   IN MX 10 {|ZL2009:mail|}
            """);
    }

    [Fact]
    public void Canonical_targets_and_names_outside_the_zone_are_fine()
    {
        Verifier.Verify(Zones.Apex + """
            @     IN MX 10 host
            @     IN MX 20 mx.example.net.
            @     IN NS  ns2.example.net.
            host  IN A 192.0.2.25
            www   IN CNAME host
            """);
    }

    [Fact]
    public void Other_types_pointing_at_an_alias_are_not_this_rule()
    {
        Verifier.Verify(Zones.Apex + """
            _sip._tcp  IN SRV 0 0 5060 www
            www        IN CNAME host
            ftp        IN CNAME www
            host       IN A 192.0.2.1
            """);
    }
}
