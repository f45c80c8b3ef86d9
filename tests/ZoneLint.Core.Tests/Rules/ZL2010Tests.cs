using ZoneLint.Core.Model;
using ZoneLint.Core.Tests.Harness;

namespace ZoneLint.Core.Tests.Rules;

/// <summary>ZL2010: an SOA that is not at the apex, or more than one SOA (RFC 1035 §5.2).</summary>
public sealed class ZL2010Tests
{
    private static readonly RuleVerifier Verifier = RuleVerifier.Core();

    [Fact]
    public void Second_SOA_is_reported_on_its_type()
    {
        Verifier.VerifyMessage(Zones.Apex + """
            @  IN {|ZL2010:SOA|} ns1 hostmaster 2 7200 3600 1209600 300
            """,
            "ZL2010", "a second SOA (the first is on line 2)");
    }

    [Fact]
    public void SOA_below_the_apex_is_reported_on_the_owner_and_as_a_second_SOA()
    {
        var found = Verifier.Verify(Zones.Apex + """
            {|ZL2010:www|}  IN {|ZL2010:SOA|} ns1 hostmaster 1 7200 3600 1209600 300
            """);

        Assert.Contains("the SOA is at www.example.com., not at the zone's apex example.com.", found[0].Message);
        Assert.Contains("a second SOA (the first is on line 2)", found[1].Message);
    }

    [Fact]
    public void Only_SOA_not_at_the_apex_also_means_the_apex_has_none()
    {
        Verifier.VerifyMessage("""
            $TTL 3600
            {|ZL2011:{|ZL2010:www|}  IN SOA ns1 hostmaster 1 7200 3600 1209600 300|}
            @    IN NS  ns1
            ns1  IN A 192.0.2.53
            """,
            "ZL2010", "the SOA is at www.example.com., not at the zone's apex example.com.");
    }

    [Fact]
    public void SOA_with_inherited_owner_below_the_apex_is_reported_on_the_record()
    {
        Verifier.Verify(Zones.Apex + """
            www  IN A 192.0.2.1
                 {|ZL2010:IN {|ZL2010:SOA|} ns1 hostmaster 1 7200 3600 1209600 300|}
            """);
    }

    [Fact]
    public void One_SOA_at_the_apex_is_right()
    {
        Verifier.Verify(Zones.Apex);
    }

    [Fact]
    public void Apex_named_by_the_first_ORIGIN_is_where_the_SOA_belongs()
    {
        RuleVerifier.Core(o => { o.Parse.Origin = DomainName.Root; o.Parse.OriginIsGuess = true; }).Verify("""
            $ORIGIN example.org.
            $TTL 3600
            @    IN SOA ns1 hostmaster 1 7200 3600 1209600 300
            @    IN NS  ns1
            ns1  IN A 192.0.2.53
            """);
    }
}
