using ZoneLint.Core.Tests.Harness;
using static ZoneLint.Core.Tests.Rules.Mail.MailVerifiers;

namespace ZoneLint.Core.Tests.Rules.Mail;

/// <summary>ZL4015: an invalid MTA-STS record (RFC 8461 §3.1).</summary>
public sealed class ZL4015Tests
{
    [Fact]
    public void A_valid_record_and_other_text_at_the_name_are_quiet()
    {
        Verifier.Verify(Zones.Apex + """
            _mta-sts  IN TXT "v=STSv1; id=20260101T000000Z; ext-1.x=value;"
            _mta-sts  IN TXT "site-verification=abc"
            """);
    }

    [Fact]
    public void An_id_with_punctuation_is_reported_on_the_id()
    {
        Verifier.VerifyMessage(Zones.Apex + """
            _mta-sts  IN TXT "v=STSv1; id={|ZL4015:2026-01-01|}"
            """,
            "ZL4015", "'2026-01-01' is not a policy id", "1 to 32 letters and digits");
    }

    [Fact]
    public void A_record_without_id_or_with_space_around_equals_is_invalid()
    {
        Verifier.Verify(Zones.Apex + """
            _mta-sts        IN TXT "{|ZL4015:v=STSv1;|}"
            _mta-sts.shop   IN TXT "v=STSv1; {|ZL4015:id = 1|}"
            """);
    }

    [Fact]
    public void A_version_written_otherwise_is_discarded()
    {
        Verifier.VerifyMessage(Zones.Apex + """
            _mta-sts  IN TXT "{|ZL4015:v=STSV1|}; id=1"
            """,
            "ZL4015", "does not begin with v=STSv1");
    }
}

/// <summary>ZL4016: more than one MTA-STS record.</summary>
public sealed class ZL4016Tests
{
    [Fact]
    public void The_second_record_is_reported()
    {
        Verifier.VerifyMessage(Zones.Apex + """
            _mta-sts  IN TXT "v=STSv1; id=20250101"
            _mta-sts  IN TXT {|ZL4016:"v=STSv1; id=20260101"|}
            """,
            "ZL4016", "second record beginning with v=STSv1 at _mta-sts.example.com. (the first is on line 5)", "no MTA-STS policy");
    }
}

/// <summary>ZL4017: an invalid TLS-RPT record (RFC 8460 §3).</summary>
public sealed class ZL4017Tests
{
    [Fact]
    public void A_valid_record_with_both_schemes_is_quiet()
    {
        Verifier.Verify(Zones.Apex + """
            _smtp._tls  IN TXT "v=TLSRPTv1; rua=mailto:tls@example.com, https://tlsrpt.example.net/v1?k=1"
            """);
    }

    [Fact]
    public void An_address_without_mailto_and_a_missing_rua_are_reported()
    {
        Verifier.VerifyMessage(Zones.Apex + """
            _smtp._tls       IN TXT "v=TLSRPTv1; rua={|ZL4017:tls@example.com|}"
            """,
            "ZL4017", "write 'mailto:tls@example.com'", "RFC 8460 §3");
        Verifier.VerifyMessage(Zones.Apex + """
            _smtp._tls.shop  IN TXT "{|ZL4017:v=TLSRPTv1|}"
            """,
            "ZL4017", "no rua=");
    }

    [Fact]
    public void Other_schemes_are_not_defined_here()
    {
        Verifier.VerifyMessage(Zones.Apex + """
            _smtp._tls  IN TXT "v=TLSRPTv1; rua={|ZL4017:ftp://reports.example.net/|}"
            """,
            "ZL4017", "only 'mailto:' and 'https:' are defined here");
    }
}

/// <summary>ZL4018: more than one TLS-RPT record.</summary>
public sealed class ZL4018Tests
{
    [Fact]
    public void The_second_record_is_reported()
    {
        Verifier.VerifyMessage(Zones.Apex + """
            _smtp._tls  IN TXT "v=TLSRPTv1; rua=mailto:tls@example.com"
            _smtp._tls  IN TXT {|ZL4018:"v=TLSRPTv1; rua=https://tlsrpt.example.net/v1"|}
            """,
            "ZL4018", "does not implement TLS-RPT");
    }
}
