using ZoneLint.Core.Tests.Harness;

namespace ZoneLint.Core.Tests.Rules;

/// <summary>ZL2012: an apex with an SOA but no NS records (RFC 1034 §4.2.1).</summary>
public sealed class ZL2012Tests
{
    private static readonly RuleVerifier Verifier = RuleVerifier.Core();

    [Fact]
    public void SOA_without_apex_NS_is_reported_on_the_SOA()
    {
        Verifier.VerifyMessage("""
            $TTL 3600
            {|ZL2012:@    IN SOA ns1.example.net. hostmaster 1 7200 3600 1209600 300|}
            www  IN A 192.0.2.1
            """,
            "ZL2012", "the zone example.com. has no NS records at its apex");
    }

    [Fact]
    public void Multi_line_SOA_is_marked_across_its_lines()
    {
        Verifier.Verify("""
            $TTL 3600
            {|ZL2012:@    IN SOA ns1.example.net. hostmaster (
                             1       ; serial
                             7200    ; refresh
                             3600 1209600 300|} )
            """);
    }

    [Fact]
    public void NS_records_only_at_a_delegation_do_not_count()
    {
        Verifier.Verify("""
            $TTL 3600
            {|ZL2012:@    IN SOA ns1.example.net. hostmaster 1 7200 3600 1209600 300|}
            sub  IN NS  ns1.example.net.
            """);
    }

    [Fact]
    public void Apex_NS_anywhere_in_the_file_is_enough()
    {
        Verifier.Verify("""
            $TTL 3600
            @    IN SOA ns1.example.net. hostmaster 1 7200 3600 1209600 300
            www  IN A 192.0.2.1
            example.com.  IN NS  ns1.example.net.
            """);
    }

    [Fact]
    public void No_SOA_is_ZL2011_not_this_rule()
    {
        Verifier.Verify("""
            $TTL 3600
            {|ZL2011:www  IN A 192.0.2.1|}
            """);
    }
}
