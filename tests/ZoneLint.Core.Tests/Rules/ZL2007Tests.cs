using ZoneLint.Core.Model;
using ZoneLint.Core.Tests.Harness;

namespace ZoneLint.Core.Tests.Rules;

/// <summary>ZL2007: a record whose owner is not the zone's apex or below it.</summary>
public sealed class ZL2007Tests
{
    private static readonly RuleVerifier Verifier = RuleVerifier.Core();

    [Fact]
    public void Absolute_owner_in_another_zone_is_reported_on_the_owner()
    {
        Verifier.VerifyMessage(Zones.Apex + """
            {|ZL2007:mail.example.net.|}  IN A 192.0.2.25
            """,
            "ZL2007", "mail.example.net. is outside the zone example.com.", "A record is never served");
    }

    [Theory]
    [InlineData("com.")]
    [InlineData("notexample.com.")]
    [InlineData("example.co.")]
    [InlineData(".")]
    public void Parent_and_look_alike_names_are_outside(string owner)
    {
        Verifier.Verify(Zones.Apex + "{|ZL2007:" + owner + "|}  IN TXT \"x\"\n");
    }

    [Theory]
    [InlineData("example.com.")]
    [InlineData("EXAMPLE.COM.")]
    [InlineData("a.b.c.example.com.")]
    [InlineData("www")]
    [InlineData("*")]
    public void Apex_and_names_below_it_are_inside(string owner)
    {
        Verifier.Verify(Zones.Apex + owner + "  IN TXT \"x\"\n");
    }

    [Fact]
    public void Relative_owner_after_an_ORIGIN_outside_the_zone_is_reported()
    {
        Verifier.Verify(Zones.Apex + """
            $ORIGIN example.net.
            {|ZL2007:host|}  IN A 192.0.2.1
            """);
    }

    [Fact]
    public void Inherited_owner_is_reported_on_the_whole_record()
    {
        Verifier.Verify(Zones.Apex + """
            {|ZL2007:host.example.net.|}  IN A 192.0.2.1
                               {|ZL2007:IN TXT "x"|}
            """);
    }

    [Fact]
    public void Root_zone_contains_every_name()
    {
        RuleVerifier.Core(o => o.Parse.Origin = DomainName.Root).Only("ZL2007").Verify("""
            example.com.  IN A 192.0.2.1
            example.net.  IN A 192.0.2.2
            """);
    }
}
