using ZoneLint.Core.Tests.Harness;
using static ZoneLint.Core.Tests.Rules.Spf.Lookups.LookupRuleVerifiers;

namespace ZoneLint.Core.Tests.Rules.Spf.Lookups;

/// <summary>ZL3019: a name with MX records and no SPF record.</summary>
public sealed class ZL3019Tests
{
    [Fact]
    public void A_mail_domain_without_SPF_gets_a_warning_at_its_first_MX()
    {
        Alone.VerifyMessage(Zones.Apex + """
            @    IN {|ZL3019:MX|} 10 mail
            @    IN MX 20 mail
            mail IN A  192.0.2.25
            """,
            "ZL3019", "example.com. receives mail (MX) but publishes no SPF record", "550-5.7.26", "\"v=spf1 mx ~all\"");
    }

    [Fact]
    public void A_subdomain_with_MX_is_checked_too()
    {
        Alone.Verify(Zones.Apex + """
            @    IN TXT "v=spf1 -all"
            shop IN {|ZL3019:MX|} 10 mail
            mail IN A  192.0.2.25
            """);
    }

    [Fact]
    public void A_mail_domain_with_SPF_is_quiet()
    {
        Alone.Verify(Zones.Apex + """
            @    IN MX 10 mail
            @    IN TXT ( "v=spf1 mx "
                          "~all" )
            mail IN A  192.0.2.25
            """);
    }

    [Fact]
    public void A_null_MX_accepts_no_mail_and_needs_no_SPF()
    {
        Alone.Verify(Zones.Apex + """
            @    IN MX 0 .
            """);
    }

    [Fact]
    public void A_record_meant_as_SPF_is_left_to_the_rule_that_says_what_is_wrong_with_it()
    {
        Alone.Only("ZL3019").Verify(Zones.Apex + """
            @    IN MX 10 mail
            @    IN TXT "v=spf 1 mx ~all"
            mail IN A  192.0.2.25
            """);
    }
}
