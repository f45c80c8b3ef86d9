using System.Linq;
using ZoneLint.Core.Tests.Harness;

namespace ZoneLint.Core.Tests.Rules;

/// <summary>ZL2008: the same owner, class, type and RDATA twice.</summary>
public sealed class ZL2008Tests
{
    // Without the SPF rules: these snippets' mail domains publish no SPF record (ZL3019), beside the point here.
    private static readonly RuleVerifier Verifier = RuleVerifier.Core().WithoutSpf();

    [Fact]
    public void Second_copy_is_reported_on_the_whole_record()
    {
        Verifier.VerifyMessage(Zones.Apex + """
            @     IN MX 10 mail
            {|ZL2008:@     IN MX 10 mail|}
            mail  IN A 192.0.2.25
            """,
            "ZL2008", "repeats the one on line 5", "delete one");
    }

    [Fact]
    public void Same_record_written_differently_is_a_duplicate()
    {
        Verifier.Verify(Zones.Apex + """
            @     IN MX 10 mail
            {|ZL2008:example.com. IN MX 10 mail.example.com.|}
            {|ZL2008:@     MX 010 mail|}
            mail  IN A 192.0.2.25
            """);
    }

    [Fact]
    public void Every_further_copy_is_reported()
    {
        Verifier.Verify(Zones.Apex + """
            www  IN A 192.0.2.1
            {|ZL2008:www  IN A 192.0.2.1|}
            {|ZL2008:www  IN A 192.0.2.1|}
            """);
    }

    [Fact]
    public void Duplicate_with_another_TTL_is_reported_by_both_rules()
    {
        Verifier.Verify(Zones.Apex + """
            www  300 IN A 192.0.2.1
            {|ZL2008:www  {|ZL2005:600|} IN A 192.0.2.1|}
            """);
    }

    [Fact]
    public void Multi_line_duplicate_is_reported_across_its_lines()
    {
        Verifier.Verify(Zones.Apex + """
            www  IN TXT ( "one"
                          "two" )
            {|ZL2008:www  IN TXT ( "one"
                          "two"|} )
            """);
    }

    [Theory]
    [InlineData("www  IN A 192.0.2.1", "www  IN A 192.0.2.2")]
    [InlineData("@  IN MX 10 mail", "@  IN MX 20 mail")]
    [InlineData("www  IN TXT \"a\" \"b\"", "www  IN TXT \"ab\"")]
    [InlineData("www  IN TXT \"a\"", "ftp  IN TXT \"a\"")]
    [InlineData("www  IN TXT \"a\"", "www  IN SPF \"a\"")]
    public void Records_that_differ_are_not_duplicates(string first, string second)
    {
        // Only ZL2008: the type-99 record is also ZL3013, which is beside the point here.
        Verifier.Only("ZL2008").Verify(Zones.Apex + first + "\nmail  IN A 192.0.2.25\n" + second + "\n");
    }

    [Fact]
    public void Names_in_RDATA_compare_without_case()
    {
        // RFC 4343 and RFC 4034 §6.2: MX exchange names compare case-insensitively, so this is the same record.
        Verifier.Verify(Zones.Apex + """
            @     IN MX 10 mail
            {|ZL2008:@     IN MX 10 MAIL|}
            mail  IN A 192.0.2.25
            """);
    }

    [Fact]
    public void A_name_with_many_records_finds_its_duplicates_too()
    {
        // Past 16 records at a name the rule keeps a set instead of looking back: the findings must be the same.
        string many = string.Concat(Enumerable.Range(1, 20).Select(i => $"@     IN TXT \"token {i}\"\n"));
        Verifier.Verify(Zones.Apex + many + """
            @     IN MX 10 mail
            {|ZL2008:@     IN TXT "token 7"|}
            {|ZL2008:@     IN MX 10 MAIL|}
            @     IN MX 10 mail2
            {|ZL2008:@     IN TXT "token 7"|}
            mail  IN A 192.0.2.25
            mail2 IN A 192.0.2.26
            """);
    }

    [Fact]
    public void Overlapping_GENERATE_ranges_are_not_reported()
    {
        // Records two $GENERATE directives both make are left alone; the ranges are often meant to overlap.
        Verifier.Verify(Zones.Apex + """
            $GENERATE 1-4 host$ A 192.0.2.$
            $GENERATE 3-6 host$ A 192.0.2.$
            """);
    }

    [Fact]
    public void Written_record_repeating_a_generated_one_is_reported()
    {
        Verifier.Verify(Zones.Apex + """
            $GENERATE 1-4 host$ A 192.0.2.$
            {|ZL2008:host2 IN A 192.0.2.2|}
            """);
    }

    [Fact]
    public void Suppressed_for_the_whole_file()
    {
        Verifier.Verify(Zones.Apex + """
            ; zonelint-disable-file ZL2008
            www  IN A 192.0.2.1
            www  IN A 192.0.2.1
            www  {|ZL2005:60|} IN A 192.0.2.1
            """);
    }
}
