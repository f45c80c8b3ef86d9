using ZoneLint.Core.Tests.Harness;
using static ZoneLint.Core.Tests.Rules.Mail.MailVerifiers;


namespace ZoneLint.Core.Tests.Rules.Mail;

/// <summary>ZL4004: `_dmarc` delegated by a CNAME.</summary>
public sealed class ZL4004Tests
{
    [Fact]
    public void A_target_outside_the_run_cannot_be_checked_and_is_said_so()
    {
        Verifier.VerifyMessage(Zones.Apex + """
            _dmarc  IN CNAME {|ZL4004:_dmarc.example.net.|}
            """,
            "ZL4004", "_dmarc.example.com. is a CNAME to _dmarc.example.net.", "it works only if _dmarc.example.net. publishes a valid DMARC record");
    }

    [Fact]
    public void A_target_in_the_run_with_a_DMARC_record_is_quiet()
    {
        const string markup = Zones.Apex + """
            _dmarc  IN CNAME _dmarc.example.net.
            """;
        WithZones(markup, ("example.net.", "_dmarc IN TXT \"v=DMARC1; p=reject\"\n")).Verify(markup);
    }

    [Fact]
    public void A_target_in_the_run_without_one_leaves_the_domain_with_no_policy()
    {
        const string markup = Zones.Apex + """
            _dmarc  IN CNAME {|ZL4004:policy.example.net.|}
            """;
        WithZones(markup, ("example.net.", "policy IN TXT \"v=spf1 -all\"\n")).VerifyMessage(markup,
            "ZL4004", "policy.example.net. publishes no DMARC record, so example.com. has no DMARC policy at all");
    }

    [Fact]
    public void A_target_in_the_same_zone_is_looked_up_there()
    {
        Verifier.Verify(Zones.Apex + """
            _dmarc         IN CNAME policy._dmarc
            policy._dmarc  IN TXT "v=DMARC1; p=none"
            """);
    }
}
