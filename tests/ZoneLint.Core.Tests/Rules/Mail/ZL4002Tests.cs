using ZoneLint.Core.Tests.Harness;
using static ZoneLint.Core.Tests.Rules.Mail.MailVerifiers;

namespace ZoneLint.Core.Tests.Rules.Mail;

/// <summary>ZL4002: a tag DMARC does not define.</summary>
public sealed class ZL4002Tests
{
    [Fact]
    public void A_misspelt_tag_gets_the_tag_it_was_meant_to_be()
    {
        Verifier.VerifyMessage(Zones.Apex + """
            _dmarc  IN TXT "v=DMARC1; p=none; {|ZL4002:rau|}=mailto:dmarc@example.com"
            """,
            "ZL4002", "'rau' is no DMARC tag", "did you mean 'rua'?");
    }

    [Fact]
    public void A_foreign_tag_is_reported_without_a_guess()
    {
        Verifier.VerifyMessage(Zones.Apex + """
            _dmarc  IN TXT "v=DMARC1; p=none; {|ZL4002:include|}=_spf.example.com"
            """,
            "ZL4002", "remove it or correct its name");
    }

    [Fact]
    public void The_tags_DMARCbis_adds_are_known()
    {
        Verifier.Verify(Zones.Apex + """
            _dmarc  IN TXT "v=DMARC1; p=reject; np=reject; psd=n; t=n"
            """);
    }

    [Fact]
    public void Tags_of_a_record_receivers_discard_are_not_reported_twice()
    {
        Verifier.Verify(Zones.Apex + """
            _dmarc  IN TXT "v={|ZL4001:DMARC2|}; p=none; rau=mailto:dmarc@example.com"
            """);
    }
}
