using ZoneLint.Core.Model;
using ZoneLint.Core.Tests.Harness;

namespace ZoneLint.Core.Tests.Rules;

/// <summary>ZL2002: a name inside RDATA written as a full name without its trailing dot.</summary>
public sealed class ZL2002Tests
{
    // Only ZL2002: the snippets leave in-zone targets without addresses (ZL2014), which is beside the point here.
    private static readonly RuleVerifier Verifier = RuleVerifier.Core().Only("ZL2002");

    [Fact]
    public void MX_exchange_is_reported_with_what_it_became_and_the_fix()
    {
        Verifier.VerifyMessage(Zones.Apex + """
            @     IN MX 10 {|ZL2002:mail.example.com|}
            mail  IN A 192.0.2.25
            """,
            "ZL2002", "'mail.example.com'", "mail.example.com.example.com.", "'mail' or 'mail.example.com.'");
    }

    [Theory]
    [InlineData("@  IN NS ", "ns2.example.com")]
    [InlineData("www  IN CNAME ", "web.example.com")]
    [InlineData("_sip._tcp  IN SRV 10 5 5060 ", "sip.example.com")]
    [InlineData("1  IN PTR ", "host.example.com")]
    [InlineData("old  IN DNAME ", "new.example.com")]
    [InlineData("@  IN MX 10 ", "mail.example.com")]
    [InlineData("@  IN MX 10 ", "MAIL.EXAMPLE.COM")]
    [InlineData("alias  IN CNAME ", "example.com")]
    public void Target_names_of_every_type_are_reported(string before, string name)
    {
        Verifier.Verify(Zones.Apex + before + "{|ZL2002:" + name + "|}\n");
    }

    [Fact]
    public void Target_equal_to_the_origin_suggests_the_at_sign()
    {
        Verifier.VerifyMessage(Zones.Apex + """
            alias  IN CNAME {|ZL2002:example.com|}
            """,
            "ZL2002", "example.com.example.com.", "'@' or 'example.com.'");
    }

    [Fact]
    public void SOA_MNAME_and_RNAME_are_both_reported()
    {
        Verifier.Verify("""
            $TTL 3600
            @  IN SOA {|ZL2002:ns1.example.com|} {|ZL2002:hostmaster.example.com|} 1 7200 3600 1209600 300
            @  IN NS  ns1
            ns1  IN A 192.0.2.53
            """);
    }

    [Fact]
    public void SOA_names_across_lines_are_reported_where_they_stand()
    {
        Verifier.Verify("""
            $TTL 3600
            @  IN SOA ( {|ZL2002:ns1.example.com|}
                        {|ZL2002:hostmaster.example.com|}
                        1 7200 3600 1209600 300 )
            @  IN NS  ns1
            ns1  IN A 192.0.2.53
            """);
    }

    [Theory]
    [InlineData("@  IN MX 10 mail")]
    [InlineData("@  IN MX 10 mail.eu")]
    [InlineData("@  IN MX 10 @")]
    [InlineData("@  IN MX 10 mail.example.com.")]
    [InlineData("@  IN MX 0 .")]
    [InlineData("www  IN CNAME web.example.net.")]
    [InlineData("www  IN CNAME web")]
    [InlineData("_sip._tcp  IN SRV 10 5 5060 sip")]
    [InlineData("_sip._tcp  IN SRV 0 0 0 .")]
    [InlineData("1  IN PTR host.example.net.")]
    [InlineData("old  IN DNAME new")]
    [InlineData("sub  IN NS ns1.sub")]
    [InlineData("www  IN CNAME example")]
    public void Correct_targets_are_not_reported(string record)
    {
        Verifier.Verify(Zones.Apex + record + "\n");
    }

    [Fact]
    public void Target_under_a_sub_origin_is_not_reported()
    {
        Verifier.Verify(Zones.Apex + """
            $ORIGIN eu.example.com.
            @     IN MX 10 mail
            www   IN CNAME web.lon
            mail  IN A 192.0.2.25
            """);
    }

    [Fact]
    public void Sub_origin_repeated_in_a_target_is_reported()
    {
        Verifier.VerifyMessage(Zones.Apex + """
            $ORIGIN eu.example.com.
            @     IN MX 10 {|ZL2002:mail.eu.example.com|}
            mail  IN A 192.0.2.25
            """,
            "ZL2002", "mail.eu.example.com.eu.example.com.", "'mail' or 'mail.eu.example.com.'");
    }

    [Fact]
    public void Apex_repeated_under_a_sub_origin_is_reported()
    {
        Verifier.VerifyMessage(Zones.Apex + """
            $ORIGIN eu.example.com.
            www  IN CNAME {|ZL2002:web.example.com|}
            """,
            "ZL2002", "web.example.com.eu.example.com.", "'web.example.com.'");
    }

    [Fact]
    public void Root_origin_is_never_repeated()
    {
        RuleVerifier.Core(o => o.Parse.Origin = DomainName.Root).Only("ZL2002").Verify("""
            example.com.  IN MX 10 mail.example.com
            www.example.com.  IN CNAME example.com
            """);
    }

    [Fact]
    public void Reverse_zone_PTR_target_repeating_the_reverse_origin_is_reported()
    {
        RuleVerifier.Core(o => o.Parse.Origin = DomainName.Parse("2.0.192.in-addr.arpa.")).Only("ZL2002").Verify("""
            1  IN PTR host.example.com.
            2  IN PTR host
            3  IN PTR {|ZL2002:host.2.0.192.in-addr.arpa|}
            """);
    }
}
