using ZoneLint.Core.Dns;
using ZoneLint.Core.Model;
using ZoneLint.Core.Parsing;
using ZoneLint.Core.Rules;
using ZoneLint.Core.Tests.Harness;
using static ZoneLint.Core.Tests.Rules.Mail.MailVerifiers;

namespace ZoneLint.Core.Tests.Rules.Mail;

/// <summary>ZL4005: a domain that handles mail and has no DMARC record.</summary>
public sealed class ZL4005Tests
{
    [Fact]
    public void A_mail_domain_without_DMARC_gets_a_warning_at_its_first_MX()
    {
        Verifier.VerifyMessage(Zones.Apex + """
            @     IN {|ZL4005:MX|} 10 mail
            @     IN TXT "v=spf1 mx -all"
            mail  IN A  192.0.2.25
            """,
            "ZL4005", "example.com. receives mail (MX) but publishes no DMARC record at _dmarc.example.com.", "Gmail and Yahoo require DMARC");
    }

    [Fact]
    public void An_SPF_record_that_authorises_senders_is_a_sending_domain()
    {
        Verifier.VerifyMessage(Zones.Apex + """
            news  IN TXT {|ZL4005:"v=spf1 ip4:192.0.2.0/28 ~all"|}
            """,
            "ZL4005", "news.example.com. sends mail (its SPF record authorises senders)");
    }

    [Fact]
    public void An_SPF_version_split_across_strings_is_read_joined()
    {
        Verifier.VerifyMessage(Zones.Apex + """
            news  IN TXT {|ZL4005:"v=sp" "f1 ip4:192.0.2.0/28 ~all"|}
            """,
            "ZL4005", "news.example.com. sends mail (its SPF record authorises senders)");
    }

    [Fact]
    public void A_domain_that_says_it_sends_no_mail_needs_no_DMARC()
    {
        Verifier.Verify(Zones.Apex + """
            @     IN MX 0 .
            @     IN TXT "v=spf1 -all"
            """);
    }

    [Fact]
    public void A_record_at_the_domain_or_at_a_parent_in_the_zone_is_enough()
    {
        Verifier.Verify(Zones.Apex + """
            @       IN MX 10 mail
            @       IN TXT "v=spf1 mx -all"
            _dmarc  IN TXT "v=DMARC1; p=none"
            shop    IN MX 10 mail
            shop    IN TXT "v=spf1 mx -all"
            mail    IN A  192.0.2.25
            """);
    }

    [Fact]
    public void A_delegated_record_counts_as_one()
    {
        Verifier.Verify(Zones.Apex + """
            @       IN MX 10 mail
            @       IN TXT "v=spf1 mx -all"
            _dmarc  IN CNAME {|ZL4004:_dmarc.example.net.|}
            mail    IN A  192.0.2.25
            """);
    }

    [Fact]
    public void Names_that_are_not_mail_domains_are_left_alone()
    {
        Verifier.Verify(Zones.Apex + """
            _spf  IN TXT "v=spf1 ip4:192.0.2.0/24 -all"
            *     IN MX 10 mail
            *     IN TXT "v=spf1 mx -all"
            mail  IN A  192.0.2.25
            """);
    }

    [Fact]
    public void A_parent_zone_of_the_run_with_a_record_is_enough()
    {
        const string markup = Zones.Apex + "@    IN TXT {|ZL4005:\"v=spf1 ip4:192.0.2.25 -all\"|}\n";
        var shop = DomainName.Parse("shop.example.com.");
        RuleVerifier.Core(o => o.Parse.Origin = shop).Verify(markup);

        string text = ZoneMarkup.Parse(markup).Text;
        var self = ZoneParser.ParseText(RuleVerifier.TestPath, text, new ParseOptions { Origin = shop });
        var parent = ZoneParser.ParseText("example.com.zone", Zones.Apex + "_dmarc IN TXT \"v=DMARC1; p=none\"\n", new ParseOptions { Origin = DomainName.Parse("example.com.") });
        RuleVerifier.Core(o =>
        {
            o.Parse.Origin = shop;
            o.Rules = new RuleSettings { SpfResolver = new ZoneResolver(new[] { self, parent }) };
        }).Verify(text);
    }
}
