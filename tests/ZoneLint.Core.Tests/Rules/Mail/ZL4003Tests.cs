using ZoneLint.Core.Tests.Harness;
using static ZoneLint.Core.Tests.Rules.Mail.MailVerifiers;

namespace ZoneLint.Core.Tests.Rules.Mail;

/// <summary>ZL4003: more than one DMARC record at a name.</summary>
public sealed class ZL4003Tests
{
    [Fact]
    public void The_second_record_is_reported()
    {
        Verifier.VerifyMessage(Zones.Apex + """
            _dmarc  IN TXT "v=DMARC1; p=none; rua=mailto:dmarc@example.com"
            _dmarc  IN TXT {|ZL4003:"v=DMARC1; p=reject"|}
            """,
            "ZL4003", "second DMARC record at _dmarc.example.com. (the first is on line 5)", "apply no DMARC policy to example.com.");
    }

    [Fact]
    public void A_record_that_is_not_DMARC_beside_one_is_no_second_record()
    {
        Verifier.Verify(Zones.Apex + """
            _dmarc  IN TXT "v=DMARC1; p=none"
            _dmarc  IN TXT "site-verification=abc123"
            """);
    }

    [Fact]
    public void An_identical_record_is_the_duplicate_rule_s_finding()
    {
        Verifier.Verify(Zones.Apex + """
            _dmarc  IN TXT "v=DMARC1; p=none"
            {|ZL2008:_dmarc  IN TXT "v=DMARC1; p=none"|}
            """);
    }
}
