using ZoneLint.Core.Tests.Harness;
using static ZoneLint.Core.Tests.Rules.Spf.Lookups.LookupRuleVerifiers;

namespace ZoneLint.Core.Tests.Rules.Spf.Lookups;

/// <summary>ZL3005: more than 10 DNS lookups through every include and redirect; the message shows what each costs.</summary>
public sealed class ZL3005Tests
{
    private const string Hosts = """
        @    IN A  192.0.2.1
        @    IN MX 10 mail
        mail IN A  192.0.2.25

        """;

    [Fact]
    public void Eleven_lookups_through_includes_are_reported_on_the_record_with_the_cost_of_each_term()
    {
        Alone.VerifyMessage(Zones.Apex + Hosts + """
            @    IN TXT {|ZL3005:"v=spf1 a mx include:_a.example.com include:_b.example.com ~all"|}
            _a   IN TXT "v=spf1 a:mail.example.com a:mail.example.com a:mail.example.com a:mail.example.com ~all"
            _b   IN TXT "v=spf1 a:mail.example.com a:mail.example.com a:mail.example.com ~all"
            """,
            "ZL3005", "11 DNS lookups (limit 10): include:_a.example.com 5, include:_b.example.com 4, a 1, mx 1;",
            "zonelint spf explain example.com.");
    }

    [Fact]
    public void Ten_lookups_are_within_the_limit()
    {
        Alone.Only("ZL3005").Verify(Zones.Apex + Hosts + """
            @    IN TXT "v=spf1 a mx include:_a.example.com include:_b.example.com ~all"
            _a   IN TXT "v=spf1 a:mail.example.com a:mail.example.com a:mail.example.com ~all"
            _b   IN TXT "v=spf1 a:mail.example.com a:mail.example.com a:mail.example.com ~all"
            """);
    }

    [Fact]
    public void A_record_split_across_strings_and_lines_is_reported_over_all_its_strings()
    {
        Alone.Only("ZL3005").Verify(Zones.Apex + Hosts + """
            @    IN TXT ( {|ZL3005:"v=spf1 a mx "
                          "include:_a.example.com include:_b.example.com"
                          " ~all"|} )
            _a   IN TXT "v=spf1 a:mail.example.com a:mail.example.com a:mail.example.com a:mail.example.com ~all"
            _b   IN TXT "v=spf1 a:mail.example.com a:mail.example.com a:mail.example.com ~all"
            """);
    }

    [Fact]
    public void A_redirect_counts_itself_and_its_target()
    {
        Alone.VerifyMessage(Zones.Apex + Hosts + """
            @    IN TXT {|ZL3005:"v=spf1 a mx redirect=_r.example.com"|}
            _r   IN TXT {|ZL3006:"v=spf1 a:mail.example.com a:mail.example.com a:mail.example.com a:mail.example.com a:mail.example.com a:mail.example.com a:mail.example.com a:mail.example.com ~all"|}
            """,
            "ZL3005", "11 DNS lookups (limit 10): redirect=_r.example.com 9, a 1, mx 1");
    }

    [Fact]
    public void Includes_in_another_zone_of_the_run_are_counted()
    {
        const string markup = Zones.Apex + Hosts + """
            @    IN TXT {|ZL3005:"v=spf1 a mx include:_spf.example.net ~all"|}
            """;
        WithZones(markup, ("example.net.", """
            _spf IN TXT "v=spf1 a:example.net a:example.net a:example.net a:example.net a:example.net a:example.net a:example.net a:example.net a:example.net ~all"
            @    IN A 192.0.2.2
            """)).VerifyMessage(markup, "ZL3005", "12 DNS lookups (limit 10): include:_spf.example.net 10, a 1, mx 1");
    }

    [Fact]
    public void An_unknown_include_makes_the_count_a_lower_bound()
    {
        Alone.VerifyMessage(Zones.Apex + Hosts + """
            @    IN TXT {|ZL3005:"v=spf1 a mx a:mail.example.com a:mail.example.com a:mail.example.com a:mail.example.com a:mail.example.com a:mail.example.com a:mail.example.com a:mail.example.com {|ZL3020:include:_spf.google.com|} ~all"|}
            """,
            "ZL3005", "at least 11 DNS lookups (limit 10): a:mail.example.com 8 (8 times), a 1, mx 1, include:_spf.google.com 1+;");
    }
}
