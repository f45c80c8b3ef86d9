using ZoneLint.Core.Tests.Harness;
using static ZoneLint.Core.Tests.Rules.Mail.MailVerifiers;


namespace ZoneLint.Core.Tests.Rules.Mail;

/// <summary>ZL4006: reports sent to another domain of the run that does not say it accepts them (RFC 7489 §7.1).</summary>
public sealed class ZL4006Tests
{
    private const string Policy = Zones.Apex + """
        _dmarc  IN TXT "v=DMARC1; p=none; rua=mailto:dmarc@example.com,{|ZL4006:mailto:agg@reports.example.net!5m|}; ruf={|ZL4006:mailto:ruf@reports.example.net|}"
        """;

    [Fact]
    public void A_destination_in_the_run_without_the_authorisation_record_is_an_error()
    {
        WithZones(Policy, ("example.net.", "reports IN MX 10 mx.example.org.\n")).VerifyMessage(Policy,
            "ZL4006", "reports for example.com. go to reports.example.net.", "example.com._report._dmarc.reports.example.net. has no TXT record \"v=DMARC1\"", "RFC 7489 §7.1");
    }

    [Fact]
    public void The_authorisation_record_or_a_wildcard_one_is_enough()
    {
        string quiet = Policy.Replace("{|ZL4006:", "").Replace("|}", "");
        WithZones(quiet, ("example.net.", "example.com._report._dmarc.reports IN TXT \"v=DMARC1\"\n")).Verify(quiet);
        WithZones(quiet, ("example.net.", "*._report._dmarc.reports IN TXT \"v=DMARC1\"\n")).Verify(quiet);
    }

    [Fact]
    public void A_destination_outside_the_run_is_not_checked()
    {
        Verifier.Verify(Policy.Replace("{|ZL4006:", "").Replace("|}", ""));
    }

    [Fact]
    public void The_domain_s_own_zone_needs_no_authorisation()
    {
        Verifier.Verify(Zones.Apex + """
            _dmarc       IN TXT "v=DMARC1; p=none; rua=mailto:dmarc@reports.example.com"
            _dmarc.shop  IN TXT "v=DMARC1; p=none; rua=mailto:dmarc@example.com"
            """);
    }
}
