using ZoneLint.Core.Tests.Harness;
using static ZoneLint.Core.Tests.Rules.Spf.Lookups.LookupRuleVerifiers;

namespace ZoneLint.Core.Tests.Rules.Spf.Lookups;

/// <summary>ZL3015: an include or redirect loop.</summary>
public sealed class ZL3015Tests
{
    [Fact]
    public void A_record_that_includes_itself_is_reported_on_the_include()
    {
        Alone.VerifyMessage(Zones.Apex + """
            @    IN TXT "v=spf1 ip4:192.0.2.0/24 {|ZL3015:include:example.com|} ~all"
            """,
            "ZL3015", "include:example.com loops back to example.com. (example.com. -> example.com.)");
    }

    [Fact]
    public void A_loop_of_two_records_is_reported_on_both_includes()
    {
        Alone.Verify(Zones.Apex + """
            _a   IN TXT "v=spf1 {|ZL3015:include:_b.example.com|} ~all"
            _b   IN TXT "v=spf1 {|ZL3015:include:_a.example.com|} ~all"
            """);
    }

    [Fact]
    public void A_redirect_back_to_the_domain_is_a_loop()
    {
        Alone.Verify(Zones.Apex + """
            @    IN TXT "v=spf1 {|ZL3015:redirect=example.com.|}"
            """);
    }

    [Fact]
    public void Including_the_same_record_twice_is_no_loop()
    {
        Alone.Verify(Zones.Apex + """
            @    IN TXT "v=spf1 include:_a.example.com include:_a.example.com ~all"
            _a   IN TXT "v=spf1 ip4:192.0.2.0/24 ~all"
            """);
    }
}
