using ZoneLint.Core.Tests.Harness;
using static ZoneLint.Core.Tests.Rules.Mail.MailVerifiers;

namespace ZoneLint.Core.Tests.Rules.Mail;

/// <summary>ZL4001: a DMARC record receivers discard or cannot apply (RFC 7489 §6.3-6.4).</summary>
public sealed class ZL4001Tests
{
    [Fact]
    public void A_valid_record_split_across_strings_is_quiet()
    {
        Verifier.Verify(Zones.Apex + """
            _dmarc  IN TXT ( "v=DMARC1; p=quar" "antine; sp=reject; adkim=s; aspf=r; pct=50; fo=0:1:d:s; rf=afrf; ri=3600; "
                             "rua=mailto:dmarc@example.com!10m, mailto:agg@example.com; ruf=mailto:forensic@example.com;" )
            """);
    }

    [Fact]
    public void Text_that_is_not_DMARC_at_the_name_is_left_alone()
    {
        Verifier.Verify(Zones.Apex + """
            _dmarc  IN TXT "site-verification=abc123"
            """);
    }

    [Fact]
    public void A_bad_policy_is_reported_on_the_value()
    {
        Verifier.VerifyMessage(Zones.Apex + """
            _dmarc  IN TXT "v=DMARC1; p={|ZL4001:rejected|}"
            """,
            "ZL4001", "'rejected' is not a policy", "none, quarantine or reject");
    }

    [Fact]
    public void A_missing_policy_is_reported_on_the_whole_text()
    {
        Verifier.VerifyMessage(Zones.Apex + """
            _dmarc  IN TXT "{|ZL4001:v=DMARC1; rua=mailto:dmarc@example.com|}"
            """,
            "ZL4001", "no p= tag", "p=none where a valid rua is given");
    }

    [Fact]
    public void Unquoted_text_loses_everything_after_its_first_semicolon_to_a_comment()
    {
        Verifier.VerifyMessage(Zones.Apex + """
            _dmarc  IN TXT {|ZL4001:v=DMARC1|}; p=reject
            """,
            "ZL4001", "no p= tag", "its first ';' started a comment");
    }

    [Fact]
    public void The_policy_must_follow_the_version()
    {
        Verifier.VerifyMessage(Zones.Apex + """
            _dmarc  IN TXT "v=DMARC1; rua=mailto:dmarc@example.com; {|ZL4001:p=none|}"
            """,
            "ZL4001", "p= must come right after v=DMARC1", "'rua' stands between them");
    }

    [Fact]
    public void The_version_must_be_exactly_DMARC1_and_first()
    {
        Verifier.VerifyMessage(Zones.Apex + """
            _dmarc  IN TXT "v={|ZL4001:dmarc1|}; p=none"
            """,
            "ZL4001", "the version is 'dmarc1'", "exactly DMARC1");
        Verifier.VerifyMessage(Zones.Apex + """
            _dmarc  IN TXT "p=none; {|ZL4001:v=DMARC1|}"
            """,
            "ZL4001", "must be the first tag");
        Verifier.VerifyMessage(Zones.Apex + """
            _dmarc  IN TXT "{|ZL4001:v=DMARC1 p=none|}"
            """,
            "ZL4001", "no ';' follows v=DMARC1");
    }

    [Fact]
    public void Each_bad_value_is_reported_where_it_is_written()
    {
        Verifier.Verify(Zones.Apex + """
            _dmarc  IN TXT ( "v=DMARC1; p=none; sp={|ZL4001:block|}; adkim={|ZL4001:strict|}; aspf={|ZL4001:x|}; pct={|ZL4001:101|}; "
                             "fo={|ZL4001:2|}; rf={|ZL4001:iodef|}; ri={|ZL4001:1h|}" )
            """);
    }

    [Fact]
    public void A_report_address_without_mailto_is_no_URI()
    {
        Verifier.VerifyMessage(Zones.Apex + """
            _dmarc  IN TXT "v=DMARC1; p=none; rua=mailto:ok@example.com,{|ZL4001:dmarc@example.com|}"
            """,
            "ZL4001", "'dmarc@example.com' is an address, not a URI: write 'mailto:dmarc@example.com'");
    }

    [Fact]
    public void A_bad_size_limit_or_an_address_without_a_domain_is_reported()
    {
        Verifier.Verify(Zones.Apex + """
            _dmarc  IN TXT "v=DMARC1; p=none; rua={|ZL4001:mailto:dmarc@example.com!10x|}; ruf={|ZL4001:mailto:forensic|}"
            """);
    }

    [Fact]
    public void Tag_syntax_errors_and_a_tag_given_twice()
    {
        Verifier.VerifyMessage(Zones.Apex + """
            _dmarc  IN TXT "v=DMARC1; p=none; {|ZL4001:p|}=reject; {|ZL4001:pct 50|}"
            """,
            "ZL4001");
    }

    [Fact]
    public void Report_authorisation_records_are_not_policies()
    {
        Verifier.Verify(Zones.Apex + """
            example.net._report._dmarc  IN TXT "v=DMARC1"
            """);
    }
}
