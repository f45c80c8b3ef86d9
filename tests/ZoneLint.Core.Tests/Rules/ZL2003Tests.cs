using ZoneLint.Core.Tests.Harness;

namespace ZoneLint.Core.Tests.Rules;

/// <summary>ZL2003: a TTL below the minimum (60 seconds unless configured), reported where it is written.</summary>
public sealed class ZL2003Tests
{
    private static readonly RuleVerifier Verifier = RuleVerifier.Core();

    [Fact]
    public void Low_TTL_on_a_record_is_reported_on_the_TTL()
    {
        Verifier.VerifyMessage(Zones.Apex + """
            www  {|ZL2003:30|}  IN A 192.0.2.1
            """,
            "ZL2003", "30 seconds", "minimum of 60");
    }

    [Theory]
    [InlineData("0")]
    [InlineData("59")]
    [InlineData("59s")]
    [InlineData("0m")]
    public void TTLs_below_60_are_reported(string ttl)
    {
        Verifier.Verify(Zones.Apex + "www  {|ZL2003:" + ttl + "|}  IN A 192.0.2.1\n");
    }

    [Theory]
    [InlineData("60")]
    [InlineData("1m")]
    [InlineData("3600")]
    [InlineData("1W")]
    public void TTLs_at_or_above_60_are_accepted(string ttl)
    {
        Verifier.Verify(Zones.Apex + "www  " + ttl + "  IN A 192.0.2.1\n");
    }

    [Fact]
    public void TTL_after_the_class_is_reported_too()
    {
        Verifier.Verify(Zones.Apex + """
            www  IN {|ZL2003:10|} A 192.0.2.1
            """);
    }

    [Fact]
    public void Low_default_TTL_is_reported_once_on_the_directive_not_on_every_record()
    {
        Verifier.VerifyMessage("""
            $TTL {|ZL2003:30|}
            @    IN SOA ns1 hostmaster 1 7200 3600 1209600 300
            @    IN NS  ns1
            ns1  IN A   192.0.2.53
            """,
            "ZL2003", "$TTL 30", "below the minimum of 60");
    }

    [Fact]
    public void Inherited_low_TTL_is_reported_only_where_written()
    {
        // No $TTL: the NS and A records take the SOA's TTL; ZL2004 says so, ZL2003 points at the one written TTL.
        Verifier.Verify("""
            @    {|ZL2003:30|} IN SOA ns1 hostmaster 1 7200 3600 1209600 300
            {|ZL2004:@    IN NS  ns1|}
            ns1  IN A   192.0.2.53
            """);
    }

    [Fact]
    public void Low_SOA_minimum_used_as_the_TTL_is_reported_on_the_record()
    {
        Verifier.VerifyMessage("""
            {|ZL2003:{|ZL2004:@    IN SOA ns1 hostmaster 1 7200 3600 1209600 30|}|}
            @    IN NS  ns1
            ns1  IN A   192.0.2.53
            """,
            "ZL2003", "SOA minimum");
    }

    [Fact]
    public void Low_TTL_in_GENERATE_is_reported_once()
    {
        Verifier.Verify(Zones.Apex + """
            $GENERATE 1-50 host$ {|ZL2003:30|} A 192.0.2.$
            """);
    }

    [Fact]
    public void Minimum_is_configurable_upwards()
    {
        RuleVerifier.Core(o => o.Rules = new() { MinimumTtl = 300 }).Verify("""
            $TTL 3600
            @    IN SOA ns1 hostmaster 1 7200 3600 1209600 300
            @    IN NS  ns1
            ns1  IN A   192.0.2.53
            www  {|ZL2003:299|} IN A 192.0.2.1
            ftp  300 IN A 192.0.2.2
            """);
    }

    [Fact]
    public void Minimum_of_zero_accepts_every_TTL()
    {
        RuleVerifier.Core(o => o.Rules = new() { MinimumTtl = 0 }).Verify(Zones.Apex + """
            www  0 IN A 192.0.2.1
            """);
    }

    [Fact]
    public void Configured_minimum_applies_to_TTL_directive()
    {
        RuleVerifier.Core(o => o.Rules = new() { MinimumTtl = 7200 }).Verify("""
            $TTL {|ZL2003:1h|}
            @    IN SOA ns1 hostmaster 1 7200 3600 1209600 300
            @    IN NS  ns1
            ns1  IN A   192.0.2.53
            """);
    }
}
