using System.Linq;
using ZoneLint.Core.Tests.Harness;

namespace ZoneLint.Core.Tests.Rules;

/// <summary>ZL2005: the records of one RRset (owner, class, type) with different TTLs (RFC 2181 §5.2).</summary>
public sealed class ZL2005Tests
{
    // Without the SPF rules: these snippets' mail domains publish no SPF record (ZL3019), beside the point here.
    private static readonly RuleVerifier Verifier = RuleVerifier.Core().WithoutSpf();

    [Fact]
    public void Second_TTL_of_an_RRset_is_reported_on_its_TTL()
    {
        Verifier.VerifyMessage(Zones.Apex + """
            @  300  IN MX 10 mx1
            @  {|ZL2005:3600|} IN MX 20 mx2
            mx1  IN A 192.0.2.1
            mx2  IN A 192.0.2.2
            """,
            "ZL2005", "TTL 3600 differs from the TTL 300", "RFC 2181 §5.2");
    }

    [Fact]
    public void A_name_with_many_records_is_checked_the_same_way()
    {
        // Past 16 records at a name the rule keeps a table of RRsets instead of looking back: the findings must be the same.
        string many = string.Concat(Enumerable.Range(1, 20).Select(i => $"www  300 IN TXT \"token {i}\"\n"));
        var found = Verifier.Verify(Zones.Apex + "www  600 IN A 192.0.2.1\n" + many + """
            www  {|ZL2005:900|} IN TXT "late"
            www  {|ZL2005:300|} IN A 192.0.2.2
            """);
        Assert.Contains(found, d => d.Message!.Contains("TTL 900 differs from the TTL 300") && d.Message.Contains("(line 6)"));
        Assert.Contains(found, d => d.Message!.Contains("TTL 300 differs from the TTL 600") && d.Message.Contains("(line 5)"));
    }

    [Fact]
    public void Record_taking_the_default_TTL_is_reported_on_the_whole_record()
    {
        Verifier.Verify(Zones.Apex + """
            www  300 IN A 192.0.2.1
            {|ZL2005:www      IN A 192.0.2.2|}
            """);
    }

    [Fact]
    public void Every_record_that_differs_from_the_first_is_reported()
    {
        Verifier.Verify(Zones.Apex + """
            www  300 IN A 192.0.2.1
            www  {|ZL2005:600|} IN A 192.0.2.2
            www  {|ZL2005:900|} IN A 192.0.2.3
            www  300 IN A 192.0.2.4
            """);
    }

    [Fact]
    public void Same_TTL_written_differently_is_the_same_TTL()
    {
        Verifier.Verify(Zones.Apex + """
            www  3600 IN A 192.0.2.1
            www  1h   IN A 192.0.2.2
            www  60m  IN A 192.0.2.3
            """);
    }

    [Fact]
    public void Different_types_at_one_name_may_have_different_TTLs()
    {
        Verifier.Verify(Zones.Apex + """
            www  300  IN A    192.0.2.1
            www  3600 IN AAAA 2001:db8::1
            www  60   IN TXT  "hello"
            """);
    }

    [Fact]
    public void Same_type_at_different_names_may_have_different_TTLs()
    {
        Verifier.Verify(Zones.Apex + """
            www  300  IN A 192.0.2.1
            ftp  3600 IN A 192.0.2.2
            """);
    }

    [Fact]
    public void Owner_case_does_not_split_an_RRset()
    {
        Verifier.Verify(Zones.Apex + """
            www  300  IN A 192.0.2.1
            WWW  {|ZL2005:3600|} IN A 192.0.2.2
            """);
    }

    [Fact]
    public void Inherited_owner_belongs_to_the_same_RRset()
    {
        Verifier.Verify(Zones.Apex + """
            www  300  IN A 192.0.2.1
                 {|ZL2005:3600|} IN A 192.0.2.2
            """);
    }

    [Fact]
    public void RRSIGs_are_exempt()
    {
        Verifier.Verify(Zones.Apex + """
            www  300 IN A 192.0.2.1
            www  300 IN RRSIG A 13 3 300 20300101000000 20250101000000 12345 example.com. dGVzdA==
            www  600 IN RRSIG A 13 3 300 20300101000000 20250101000000 54321 example.com. dGVzdA==
            """);
    }

    [Fact]
    public void Suppressed_on_the_next_line()
    {
        Verifier.Verify(Zones.Apex + """
            www  300  IN A 192.0.2.1
            ; zonelint-disable-next-line ZL2005
            www  3600 IN A 192.0.2.2
            www  {|ZL2005:900|}  IN A 192.0.2.3
            """);
    }
}
