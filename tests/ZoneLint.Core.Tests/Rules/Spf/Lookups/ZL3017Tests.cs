using System.Linq;
using ZoneLint.Core.Configuration;
using ZoneLint.Core.Model;
using ZoneLint.Core.Rules;
using ZoneLint.Core.Tests.Harness;
using static ZoneLint.Core.Tests.Rules.Spf.Lookups.LookupRuleVerifiers;

namespace ZoneLint.Core.Tests.Rules.Spf.Lookups;

/// <summary>ZL3017: a sender declared in zonelint.json would not get pass for its domain.</summary>
public sealed class ZL3017Tests
{
    private static void Declare(RuleSettings settings, string domain, params string[] senders) =>
        settings.SpfSenders = senders.Select(s => SpfSender.TryParse(DomainName.Parse(domain), s, out _)!).ToArray();

    private static RuleVerifier Senders(string domain, params string[] senders) => WithSettings(s => Declare(s, domain, senders));

    [Fact]
    public void A_declared_IP_the_record_lists_is_quiet()
    {
        Senders("example.com.", "192.0.2.25", "2001:db8::25").Verify(Zones.Apex + """
            @    IN TXT "v=spf1 ip4:192.0.2.0/24 ip6:2001:db8::/32 -all"
            """);
    }

    [Fact]
    public void A_declared_IP_that_would_fail_is_reported_on_the_record()
    {
        Senders("example.com.", "198.51.100.7").VerifyMessage(Zones.Apex + """
            @    IN TXT {|ZL3017:"v=spf1 ip4:192.0.2.25 -all"|}
            """,
            "ZL3017", "198.51.100.7, declared in zonelint.json as a sender of example.com., would get fail (it matches -all), not pass; add ip4:198.51.100.7");
    }

    [Fact]
    public void A_declared_IP_that_only_meets_a_provider_not_known_offline_is_not_reported()
    {
        Senders("example.com.", "198.51.100.7").Verify(Zones.Apex + """
            @    IN TXT "v=spf1 ip4:192.0.2.25 {|ZL3020:include:_spf.google.com|} ~all"
            """);
    }

    [Fact]
    public void A_provider_in_the_run_is_tried_with_its_own_addresses()
    {
        const string good = Zones.Apex + "@ IN TXT \"v=spf1 include:_spf.example.net ~all\"\n";
        const string bad = Zones.Apex + "@ IN TXT {|ZL3017:\"v=spf1 ip4:192.0.2.25 ~all\"|}\n";
        var provider = ("example.net.", "_spf IN TXT \"v=spf1 ip4:203.0.113.0/24 ip6:2001:db8:99::/48 -all\"\n");

        With(good, s => Declare(s, "example.com.", "include:_spf.example.net"), provider).Verify(good);
        With(bad, s => Declare(s, "example.com.", "include:_spf.example.net"), provider).VerifyMessage(bad, "ZL3017",
            "include:_spf.example.net, declared in zonelint.json as a sender of example.com., would not pass: 203.0.113.0 (from ip4:203.0.113.0/24 in _spf.example.net.) gets softfail (it matches ~all)",
            "add include:_spf.example.net to the record");
    }

    [Fact]
    public void A_provider_not_known_offline_must_at_least_be_included_with_pass()
    {
        Senders("example.com.", "include:_spf.google.com").Verify(Zones.Apex + """
            @    IN TXT "v=spf1 {|ZL3020:include:_spf.google.com|} ~all"
            """);
        Senders("example.com.", "include:_spf.google.com").VerifyMessage(Zones.Apex + """
            @    IN TXT {|ZL3017:"v=spf1 {|ZL3020:?include:_spf.google.com|} {|ZL3020:include:spf.protection.outlook.com|} ~all"|}
            """,
            "ZL3017", "is not included by the record of example.com.");
    }

    [Fact]
    public void A_domain_without_SPF_is_reported_on_its_first_record()
    {
        Senders("example.com.", "192.0.2.25").VerifyMessage(Zones.Apex.Replace("@    IN SOA", "{|ZL3017:@|}    IN SOA"),
            "ZL3017", "would get none");
    }

    [Fact]
    public void Senders_of_domains_outside_the_zone_are_left_to_their_own_zone()
    {
        Senders("example.org.", "198.51.100.7").Verify(Zones.Apex + """
            @    IN TXT "v=spf1 -all"
            """);
    }
}
