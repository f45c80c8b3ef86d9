using ZoneLint.Core.Tests.Harness;
using static ZoneLint.Core.Tests.Rules.Spf.Syntax.SpfSyntaxVerifier;

namespace ZoneLint.Core.Tests.Rules.Spf.Syntax;

/// <summary>ZL3016: a record meant as SPF that receivers do not recognise.</summary>
public sealed class ZL3016Tests
{
    [Fact]
    public void Broken_version_is_reported_with_the_line_to_write()
    {
        Verifier.VerifyMessage(Zones.Apex + """
            @  IN TXT "{|ZL3016:v=spf 1|} mx ~all"
            """,
            "ZL3016", "starts with \"v=spf 1\", not \"v=spf1\"", "RFC 7208 §4.5", "example.com. has no SPF record",
            "@ IN TXT \"v=spf1 mx ~all\"");
    }

    [Theory]
    [InlineData("\"{|ZL3016:v=spf1a|} mx ~all\"", "is followed by 'a' with no space")]
    [InlineData("\"{|ZL3016:spf1|} mx ~all\"", "starts with \"spf1\"")]
    [InlineData("\"{|ZL3016:v=spf|} mx ~all\"", "starts with \"v=spf\"")]
    [InlineData("\"{|ZL3016:V = SPF1|} mx ~all\"", "starts with \"V = SPF1\"")]
    [InlineData("\"{|ZL3016: |}v=spf1 mx ~all\"", "starts with a space")]
    [InlineData("\"{|ZL3016:\\\"|}v=spf1 mx ~all\\\"\"", "the quote character '\"'")]
    [InlineData("\"{|ZL3016:'|}v=spf1 mx ~all'\"", "the quote character '''")]
    [InlineData("\"{|ZL3016:include:_spf.google.com|} ~all\"", "no version \"v=spf1\"")]
    public void Damaged_starts_are_reported_where_they_are(string rdata, string reason)
    {
        Verifier.VerifyMessage(Zones.Apex + "@  IN TXT " + rdata + "\n", "ZL3016", reason, "@ IN TXT \"v=spf1 ");
    }

    [Fact]
    public void Beside_a_valid_record_it_is_simply_ignored()
    {
        Verifier.VerifyMessage(Zones.Apex + """
            @  IN TXT "v=spf1 mx -all"
            @  IN TXT "{|ZL3016:v=spf 1|} include:_spf.google.com ~all"
            """,
            "ZL3016", "so receivers ignore this record");
    }

    [Fact]
    public void Stray_typographic_quotes_inside_straight_quotes()
    {
        Verifier.VerifyMessage(Zones.Apex + """
            @  IN TXT "{|ZL3016:{|ZL1006:“|}|}v=spf1 mx ~all{|ZL1006:”|}"
            """,
            "ZL3016", "@ IN TXT \"v=spf1 mx ~all\"");
    }

    [Fact]
    public void Typographic_quotes_around_a_good_record_are_ZL1006_only()
    {
        Verifier.Verify(Zones.Apex + """
            @  IN TXT {|ZL1006:“|}v=spf1 mx ~all{|ZL1006:”|}
            """);
    }

    [Fact]
    public void Typographic_quotes_around_a_broken_version_add_ZL3016()
    {
        Verifier.VerifyMessage(Zones.Apex + """
            @  IN TXT {|ZL3016:{|ZL1006:“|}v=spf|} 1 mx ~all{|ZL1006:”|}
            """,
            "ZL3016", "straight quotes and the version repaired: @ IN TXT \"v=spf1 mx ~all\"");
    }

    [Fact]
    public void Sample_shape_pasted_from_a_help_page()
    {
        // samples/zones/db.example.jp: ZL1006 names each pasted character; the text inside the quotes is SPF.
        Verifier.Verify(Zones.Apex + """
            @       IN  TXT     {|ZL1006:“|}v=spf1 ip4:{|ZL1006:サーバーのIPアドレス|} include:_spf.google.com{|ZL1006:　|}~all{|ZL1006:”|}
            """);
    }

    [Theory]
    [InlineData("\"v=spf2.0/pra mx -all\"")]
    [InlineData("\"spf2.0/mfrom,pra mx -all\"")]
    [InlineData("\"v=DMARC1; p=reject\"")]
    [InlineData("\"SPF is managed by the provider\"")]
    [InlineData("\"v=spf1 mx -all\"")]
    public void Other_text_and_real_records_are_not_reported(string rdata)
    {
        Verifier.Verify(Zones.Apex + "@  IN TXT " + rdata + "\n");
    }

    [Fact]
    public void Unquoted_broken_version_is_ZL3002_only()
    {
        Verifier.Verify(Zones.Apex + """
            @  IN TXT {|ZL3002:v=spf 1 mx ~all|}
            """);
    }

    [Fact]
    public void Type_99_with_a_broken_version()
    {
        Verifier.Verify(Zones.Apex + """
            @  IN {|ZL3013:SPF|} "{|ZL3016:v=spf 1|} mx -all"
            """);
    }
}
