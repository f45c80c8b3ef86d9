using System.Linq;
using ZoneLint.Core.Tests.Harness;
using static ZoneLint.Core.Tests.Rules.Spf.Syntax.SpfSyntaxVerifier;

namespace ZoneLint.Core.Tests.Rules.Spf.Syntax;

/// <summary>ZL3004: more than one SPF record at a name, with the merged record to publish instead.</summary>
public sealed class ZL3004Tests
{
    [Fact]
    public void Sample_shape_ISP_record_and_Google_record()
    {
        // samples/zones/mail.example.com.zone
        Verifier.VerifyMessage(Zones.Apex + """
            @       IN  MX      10 relay
            ; ISP relay
                    IN  TXT     "v=spf1 ip4:192.0.2.25 ip4:192.0.2.26 -all"
            ; Google Workspace
                    {|ZL3004:IN  TXT     "v=spf1 include:_spf.google.com ~all"|}
            relay   IN  A       192.0.2.25
            """,
            "ZL3004", "second SPF record at example.com. (the first is on line 7)", "permerror",
            "@ IN TXT \"v=spf1 ip4:192.0.2.25 ip4:192.0.2.26 include:_spf.google.com ~all\"",
            "the records end with -all and ~all; the merge keeps ~all of the last one");
    }

    [Fact]
    public void Merged_record_of_the_usual_case()
    {
        var reported = Verifier.Verify(Zones.Apex + """
            @  IN TXT "v=spf1 ip4:192.0.2.25 ~all"
            {|ZL3004:@  IN TXT "v=spf1 include:_spf.google.com ~all"|}
            """);
        Assert.EndsWith("merge the 2 records into one: @ IN TXT \"v=spf1 ip4:192.0.2.25 include:_spf.google.com ~all\"", reported.Single(d => d.Id == "ZL3004").Message);
    }

    [Fact]
    public void Every_record_after_the_first_is_reported()
    {
        var reported = Verifier.Verify(Zones.Apex + """
            @  IN TXT "v=spf1 mx -all"
            {|ZL3004:@  IN TXT "v=spf1 include:_spf.google.com -all"|}
            {|ZL3004:@  IN TXT "v=spf1 include:spf.protection.outlook.com -all"|}
            """).Where(d => d.Id == "ZL3004").ToList();

        // The merged record is offered once, on the second record; the third points at it.
        Assert.Contains("merge the 3 records into one: @ IN TXT \"v=spf1 mx include:_spf.google.com include:spf.protection.outlook.com -all\"", reported[0].Message);
        Assert.Equal("third SPF record at example.com.: merge it too (see the record on line 6 for the merged one)", reported[1].Message);
    }

    [Fact]
    public void Third_record_says_third()
    {
        var reported = Verifier.Verify(Zones.Apex + """
            @  IN TXT "v=spf1 mx -all"
            {|ZL3004:@  IN TXT "v=spf1 a -all"|}
            {|ZL3004:@  IN TXT "v=spf1 ptr -all"|}
            """.Replace("ptr", "ip4:192.0.2.1"));
        Assert.StartsWith("third SPF record", reported.Last(d => d.Id == "ZL3004").Message);
    }

    [Fact]
    public void TXT_and_type_99_records_are_counted_together()
    {
        Verifier.Verify(Zones.Apex + """
            @  IN TXT "v=spf1 mx -all"
            {|ZL3004:@  IN {|ZL3013:SPF|} "v=spf1 a -all"|}
            """);
    }

    [Fact]
    public void Type_99_copy_of_the_TXT_record_is_ZL3013_only()
    {
        Verifier.Verify(Zones.Apex + """
            @  IN TXT "v=spf1 mx -all"
            @  IN {|ZL3013:SPF|} "v=spf1 mx -all"
            """);
    }

    [Fact]
    public void Unquoted_record_counts_as_what_it_was_meant_to_be()
    {
        Verifier.VerifyMessage(Zones.Apex + """
            @  IN TXT "v=spf1 mx -all"
            {|ZL3004:@  IN TXT {|ZL3002:v=spf1 include:_spf.google.com ~all|}|}
            """,
            "ZL3004", "@ IN TXT \"v=spf1 mx include:_spf.google.com ~all\"");
    }

    [Fact]
    public void Redirect_becomes_an_include_when_the_merge_ends_in_all()
    {
        Verifier.VerifyMessage(Zones.Apex + """
            @  IN TXT "v=spf1 redirect=_spf.isp.example"
            {|ZL3004:@  IN TXT "v=spf1 include:_spf.google.com ~all"|}
            """,
            "ZL3004", "\"v=spf1 include:_spf.google.com include:_spf.isp.example ~all\"", "redirect=_spf.isp.example becomes include:_spf.isp.example");
    }

    [Fact]
    public void Merge_over_ten_lookups_is_noted()
    {
        Verifier.VerifyMessage(Zones.Apex + """
            @  IN TXT "v=spf1 a:a1.example.com a:a2.example.com a:a3.example.com a:a4.example.com a:a5.example.com a:a6.example.com -all"
            {|ZL3004:@  IN TXT "v=spf1 mx:m1.example.com mx:m2.example.com mx:m3.example.com mx:m4.example.com mx:m5.example.com -all"|}
            """,
            "ZL3004", "the merged record has 11 DNS-querying terms of its own, over the limit of 10 (RFC 7208 §4.6.4)");
    }

    [Fact]
    public void Merge_over_450_octets_is_noted_and_written_as_several_strings()
    {
        string first = "v=spf1 " + string.Join(" ", Enumerable.Range(1, 12).Select(i => $"ip4:192.0.2.{i}")) + " -all";
        string second = "v=spf1 " + string.Join(" ", Enumerable.Range(1, 12).Select(i => $"ip4:198.51.100.{i}")) + " -all";
        string third = "v=spf1 " + string.Join(" ", Enumerable.Range(1, 12).Select(i => $"ip4:203.0.113.{i}")) + " -all";
        var reported = Verifier.Verify(Zones.Apex + $"@  IN TXT \"{first}\"\n{{|ZL3004:@  IN TXT \"{second}\"|}}\n{{|ZL3004:@  IN TXT \"{third}\"|}}\n");
        string message = reported.First(d => d.Id == "ZL3004").Message!;
        Assert.Contains("octets, over the 450 RFC 7208 §3.4 advises", message);
        Assert.Contains("@ IN TXT ( \"v=spf1 ip4:192.0.2.1 ", message);
        Assert.Contains(" ip4:203.0.113.12 -all\" )", message);
    }

    [Theory]
    [InlineData("@  IN TXT \"v=spf1 mx -all\"\nwww  IN TXT \"v=spf1 a -all\"\nwww IN A 192.0.2.80\n")]
    [InlineData("@  IN TXT \"v=spf1 mx -all\"\n@  IN TXT \"v=DMARC1; p=none\"\n@  IN TXT \"google-site-verification=x\"\n")]
    [InlineData("@  IN TXT \"v=spf1 mx -all\"\n@  IN TXT \"spf2.0/pra mx -all\"\n")]
    [InlineData("@  IN TXT \"v=spf1 mx -all\"\n@  IN TXT \"v=spf1 mx -all\"\n")]
    public void One_SPF_record_per_name_is_fine(string records)
    {
        Verifier.Verify(Zones.Apex + records);
    }
}
