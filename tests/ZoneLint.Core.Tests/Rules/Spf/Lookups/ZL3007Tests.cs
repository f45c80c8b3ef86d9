using ZoneLint.Core.Tests.Harness;
using static ZoneLint.Core.Tests.Rules.Spf.Lookups.LookupRuleVerifiers;

namespace ZoneLint.Core.Tests.Rules.Spf.Lookups;

/// <summary>ZL3007: more than 2 void lookups (NXDOMAIN or no data), counted through includes.</summary>
public sealed class ZL3007Tests
{
    [Fact]
    public void Three_void_lookups_are_reported_with_the_terms_to_blame()
    {
        Alone.VerifyMessage(Zones.Apex + """
            www  IN A  192.0.2.80
            @    IN TXT {|ZL3007:"v=spf1 a:old.example.com mx:www.example.com include:_spf.example.com ~all"|}
            _spf IN TXT "v=spf1 exists:gone.example.com ip4:192.0.2.0/24 ~all"
            """,
            "ZL3007", "3 void lookups (limit 2): a:old.example.com (does not exist), mx:www.example.com (no data), exists:gone.example.com (does not exist)");
    }

    [Fact]
    public void Two_void_lookups_are_allowed()
    {
        Alone.Verify(Zones.Apex + """
            www  IN A  192.0.2.80
            @    IN TXT "v=spf1 a:old.example.com mx:www.example.com ~all"
            """);
    }
}
