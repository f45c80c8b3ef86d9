using ZoneLint.Core.Tests.Harness;

namespace ZoneLint.Core.Tests.Rules;

/// <summary>ZL1002: a TTL that is not a number or BIND's unit form, or over 2147483647 (RFC 2181 §8).</summary>
public sealed class ZL1002Tests
{
    private static readonly RuleVerifier Verifier = RuleVerifier.Core();

    [Fact]
    public void Word_unit_on_a_record_is_reported_on_the_TTL()
    {
        Verifier.VerifyMessage(Zones.Apex + """
            www  {|ZL1002:1hour|}  IN A 192.0.2.1
            """,
            "ZL1002", "'1hour' is not a TTL", "1h30m");
    }

    [Fact]
    public void Word_unit_in_the_TTL_directive_leaves_no_TTL_in_force()
    {
        Verifier.Verify("""
            $TTL {|ZL1002:1hour|}
            {|ZL2004:@    IN SOA ns1 hostmaster 1 7200 3600 1209600 300|}
            @    IN NS  ns1
            ns1  IN A   192.0.2.53
            """);
    }

    [Theory]
    [InlineData("2147483648")]
    [InlineData("4294967296")]
    [InlineData("99999999999999999999")]
    [InlineData("3551w")]
    [InlineData("24856d")]
    public void Over_the_largest_TTL(string ttl)
    {
        Verifier.VerifyMessage(Zones.Apex + "www  {|ZL1002:" + ttl + "|}  IN A 192.0.2.1\n", "ZL1002", "over");
    }

    [Theory]
    [InlineData("2147483647")]
    [InlineData("1w2d3h4m5s")]
    [InlineData("1H30M")]
    public void Largest_TTL_and_unit_forms_are_accepted(string ttl)
    {
        Verifier.Verify(Zones.Apex + "www  " + ttl + "  IN A 192.0.2.1\n");
    }

    [Theory]
    [InlineData("1.5h")]
    [InlineData("1hh")]
    [InlineData("10x")]
    [InlineData("1-1")]
    public void Malformed_TTLs(string ttl)
    {
        Verifier.Verify(Zones.Apex + "www  {|ZL1002:" + ttl + "|}  IN A 192.0.2.1\n");
    }

    [Fact]
    public void Bare_number_after_a_unit_is_not_a_TTL()
    {
        Verifier.Verify(Zones.Apex + "www  {|ZL1002:1h30|}  IN A 192.0.2.1\n");
    }

    [Fact]
    public void Bad_TTL_drops_the_record_but_not_the_following_ones()
    {
        Verifier.Verify(Zones.Apex + """
            www  {|ZL1002:1day|}  IN A 192.0.2.1
            www  1d    IN A 192.0.2.2
            www  {|ZL1002:3600sec|}  IN A 192.0.2.3
            """);
    }

    [Fact]
    public void TTL_directive_with_no_value()
    {
        Verifier.Verify(Zones.Apex + """
            {|ZL1001:$TTL|}
            """);
    }
}
