using ZoneLint.Core.Tests.Harness;

namespace ZoneLint.Core.Tests.Rules;

/// <summary>ZL2013: an NS target inside the zone needs an address in the zone (BIND's integrity check).</summary>
public sealed class ZL2013Tests
{
    private static readonly RuleVerifier Verifier = RuleVerifier.Core();

    private const string Soa = "$TTL 3600\n@    IN SOA ns1.example.net. hostmaster 1 7200 3600 1209600 300\n";

    [Fact]
    public void In_zone_name_server_without_address_is_reported_at_the_target()
    {
        Verifier.VerifyMessage(Soa + """
            @    IN NS  {|ZL2013:ns1|}
            @    IN NS  ns2.example.net.
            """,
            "ZL2013", "the name server ns1.example.com. is in this zone but has no A or AAAA record");
    }

    [Fact]
    public void Delegation_needs_glue_for_a_name_server_inside_it()
    {
        Verifier.Verify(Soa + """
            @          IN NS  ns2.example.net.
            sub        IN NS  {|ZL2013:ns.sub|}
            other      IN NS  ns.other
            ns.other   IN AAAA 2001:db8::53
            """);
    }

    [Theory]
    [InlineData("@    IN NS ns1\nns1  IN A 192.0.2.53")]
    [InlineData("@    IN NS ns1\nns1  IN AAAA 2001:db8::53")]
    [InlineData("@    IN NS ns1.example.net.")]
    public void Name_server_with_an_address_or_outside_the_zone_is_not_reported(string records)
    {
        Verifier.Verify(Soa + records + "\n");
    }

    [Fact]
    public void Records_below_a_delegation_or_a_DNAME_are_occluded_and_not_checked()
    {
        // BIND's checkzone good-occulted-ns-by-ns.db and good-occulted-ns-by-dname.db.
        Verifier.Verify(Soa + """
            @            IN NS  ns.example.net.
            foo          IN NS  ns.example.net.
            bar.foo      IN NS  x.foo
            dn           IN DNAME example.net.
            x.dn         IN NS  y.dn
            """);
    }
}
