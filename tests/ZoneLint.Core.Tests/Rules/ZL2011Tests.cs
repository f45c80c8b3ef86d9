using ZoneLint.Core.Tests.Harness;

namespace ZoneLint.Core.Tests.Rules;

/// <summary>ZL2011: a zone file with no SOA at its apex.</summary>
public sealed class ZL2011Tests
{
    private static readonly RuleVerifier Verifier = RuleVerifier.Core();

    [Fact]
    public void Zone_without_SOA_is_reported_on_its_first_record()
    {
        Verifier.VerifyMessage("""
            $TTL 3600
            {|ZL2011:@    IN NS  ns1.example.net.|}
            www  IN A   192.0.2.1
            """,
            "ZL2011", "the zone example.com. has no SOA record at its apex");
    }

    [Fact]
    public void Empty_file_is_reported_at_its_start()
    {
        Verifier.Verify("{|ZL2011:|}");
    }

    [Fact]
    public void File_of_comments_is_reported_at_its_start()
    {
        Verifier.Verify("{|ZL2011:|}; nothing here yet\n$TTL 3600\n");
    }

    [Fact]
    public void Wrong_origin_puts_the_SOA_elsewhere()
    {
        Verifier.Verify("""
            $TTL 3600
            {|ZL2011:{|ZL2010:{|ZL2007:example.org.|}|}  IN SOA ns1 hostmaster 1 7200 3600 1209600 300|}
            {|ZL2007:example.org.|}  IN NS  {|ZL2013:ns1|}
            """);
    }

    [Fact]
    public void Not_reported_when_the_file_already_has_syntax_errors()
    {
        Verifier.Verify("""
            $TTL 3600
            @    IN SOA ns1 hostmaster 1 7200 3600 1209600 {|ZL1001:x300|}
            @    IN NS  ns1
            ns1  IN A   192.0.2.53
            """);
    }

    [Fact]
    public void SOA_at_the_apex_is_enough()
    {
        Verifier.Verify(Zones.Apex);
    }
}
