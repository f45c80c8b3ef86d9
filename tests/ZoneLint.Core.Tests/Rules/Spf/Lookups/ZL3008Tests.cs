using ZoneLint.Core.Tests.Harness;
using static ZoneLint.Core.Tests.Rules.Spf.Lookups.LookupRuleVerifiers;

namespace ZoneLint.Core.Tests.Rules.Spf.Lookups;

/// <summary>ZL3008: an include or redirect whose target has no SPF record.</summary>
public sealed class ZL3008Tests
{
    [Fact]
    public void An_include_of_a_name_that_does_not_exist_is_reported_on_the_term()
    {
        Alone.VerifyMessage(Zones.Apex + """
            @    IN TXT "v=spf1 {|ZL3008:include:_spf.exmaple.example.com|} ~all"
            """,
            "ZL3008", "include:_spf.exmaple.example.com: _spf.exmaple.example.com. does not exist", "permerror (RFC 7208 §5.2)");
    }

    [Fact]
    public void An_include_of_a_name_with_other_TXT_records_is_reported()
    {
        Alone.VerifyMessage(Zones.Apex + """
            @    IN TXT "v=spf1 {|ZL3008:include:www.example.com|} ~all"
            www  IN TXT "google-site-verification=abc"
            """,
            "ZL3008", "www.example.com. has TXT records but none starts with v=spf1");
    }

    [Fact]
    public void A_redirect_to_a_name_without_SPF_is_reported_with_section_6_1()
    {
        Alone.VerifyMessage(Zones.Apex + """
            @    IN TXT "v=spf1 {|ZL3008:redirect=_spf.example.com|}"
            """,
            "ZL3008", "(RFC 7208 §6.1)");
    }

    [Fact]
    public void A_term_split_across_strings_is_reported_over_both_parts()
    {
        Alone.Verify(Zones.Apex + """
            @    IN TXT ( "v=spf1 {|ZL3008:include:_spf.exa"
                          "mple.net.example.com|} ~all" )
            """);
    }

    [Fact]
    public void A_problem_reached_through_another_zone_is_reported_on_the_term_of_this_zone_that_leads_to_it()
    {
        const string markup = Zones.Apex + """
            @    IN TXT "v=spf1 {|ZL3008:include:_spf.example.net|} ~all"
            """;
        WithZones(markup, ("example.net.", """
            _spf IN TXT "v=spf1 include:_gone.example.net ~all"
            """)).VerifyMessage(markup, "ZL3008",
                "include:_spf.example.net -> include:_gone.example.net: _gone.example.net. does not exist");
    }

    [Fact]
    public void A_problem_in_a_record_of_this_zone_is_reported_once_where_it_is_written()
    {
        Alone.Verify(Zones.Apex + """
            @    IN TXT "v=spf1 include:_a.example.com ~all"
            _a   IN TXT "v=spf1 {|ZL3008:include:_b.example.com|} ~all"
            """);
    }

    [Fact]
    public void Includes_of_records_that_exist_are_quiet()
    {
        Alone.Verify(Zones.Apex + """
            @    IN TXT "v=spf1 include:_a.example.com ~all"
            _a   IN TXT "v=spf1 ip4:192.0.2.0/24 ~all"
            """);
    }
}
