using ZoneLint.Core.Tests.Harness;

namespace ZoneLint.Core.Tests.Rules;

/// <summary>ZL2006: a CNAME beside other data at its name (RFC 1034 §3.6.2, RFC 2181 §10.1), or two CNAMEs.</summary>
public sealed class ZL2006Tests
{
    private static readonly RuleVerifier Verifier = RuleVerifier.Core().WithoutMailAuthentication();

    [Fact]
    public void CNAME_and_A_is_reported_on_the_CNAME_type()
    {
        Verifier.VerifyMessage(Zones.Apex + """
            www  IN {|ZL2006:CNAME|} web.example.net.
            www  IN A     192.0.2.1
            """,
            "ZL2006", "www.example.com. has a CNAME and other data", "A (line 6)");
    }

    [Fact]
    public void Other_data_before_the_CNAME_is_reported_the_same_way()
    {
        Verifier.Verify(Zones.Apex + """
            www  IN TXT   "v=spf1 -all"
            www  IN MX    10 mail
            www  IN {|ZL2006:CNAME|} web.example.net.
            mail IN A     192.0.2.25
            """);
    }

    [Fact]
    public void Inherited_owner_counts_as_the_same_name()
    {
        Verifier.Verify(Zones.Apex + """
            www  IN {|ZL2006:CNAME|} web.example.net.
                 IN TXT   "hello"
            """);
    }

    [Fact]
    public void Owner_case_does_not_matter()
    {
        Verifier.Verify(Zones.Apex + """
            WWW  IN {|ZL2006:CNAME|} web.example.net.
            www  IN A     192.0.2.1
            """);
    }

    [Fact]
    public void CNAME_at_the_apex_conflicts_with_SOA_and_NS()
    {
        Verifier.VerifyMessage(Zones.Apex + """
            @  IN {|ZL2006:CNAME|} web.example.net.
            """,
            "ZL2006", "SOA (line 2)", "NS (line 3)");
    }

    [Fact]
    public void CNAME_with_its_RRSIG_and_NSEC_is_allowed()
    {
        Verifier.Verify(Zones.Apex + """
            www  IN CNAME web.example.net.
            www  IN RRSIG CNAME 13 3 3600 20300101000000 20250101000000 12345 example.com. dGVzdA==
            www  IN NSEC  zzz.example.com. CNAME RRSIG NSEC
            """);
    }

    [Fact]
    public void Two_CNAMEs_with_different_targets_are_reported_on_the_second()
    {
        Verifier.VerifyMessage(Zones.Apex + """
            www  IN CNAME web1.example.net.
            www  IN {|ZL2006:CNAME|} web2.example.net.
            """,
            "ZL2006", "second CNAME", "line 5");
    }

    [Fact]
    public void Two_identical_CNAMEs_are_a_duplicate_not_a_second_alias()
    {
        Verifier.Verify(Zones.Apex + """
            www  IN CNAME web.example.net.
            {|ZL2008:www  IN CNAME web.example.net.|}
            """);
    }

    [Fact]
    public void Two_CNAMEs_and_other_data_report_both_problems()
    {
        Verifier.Verify(Zones.Apex + """
            www  IN {|ZL2006:CNAME|} web1.example.net.
            www  IN {|ZL2006:CNAME|} web2.example.net.
            www  IN A     192.0.2.1
            """);
    }

    [Fact]
    public void CNAMEs_at_different_names_are_fine()
    {
        Verifier.Verify(Zones.Apex + """
            www  IN CNAME web
            ftp  IN CNAME web
            web  IN A     192.0.2.1
            sub.www IN A  192.0.2.2
            """);
    }
}
