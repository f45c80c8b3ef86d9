using System.Linq;
using ZoneLint.Core.Checking;
using ZoneLint.Core.Model;
using ZoneLint.Core.Tests.Harness;

namespace ZoneLint.Core.Tests.Rules;

/// <summary>After a bad entry the parser goes on with the next one, so one run reports every mistake.</summary>
public sealed class RecoveryTests
{
    private static readonly RuleVerifier Verifier = RuleVerifier.Core();

    [Fact]
    public void Every_mistake_in_a_file_is_reported()
    {
        Verifier.Verify("""
            $TTL {|ZL1002:1hour|}
            @      3600 IN SOA ns1 hostmaster 1 7200 3600 1209600 300
            @      3600 IN NS  ns1
            ns1    3600 IN A   192.0.2.53
            www    3600 IN {|ZL1001:AA|} 192.0.2.1
            ftp    {|ZL1002:1day|} IN A 192.0.2.2
            {|ZL1001:LONGLABEL|} 3600 IN A 192.0.2.3
            @      3600 IN MX {|ZL1001:ten|} mail
            mail   3600 IN A   {|ZL1001:192.0.2.256|}
            txt    3600 IN TXT {|ZL1003:"LONGTEXT"|}
            $GENERATE {|ZL1005:9-1|} h$ A 192.0.2.$
            $INCLUDE {|ZL1004:nowhere.inc|}
            spf    3600 IN TXT {|ZL1006:“|}v=spf1 -all{|ZL1006:”|}
            www    3600 IN A   192.0.2.1
            {|ZL2008:www    3600 IN A   192.0.2.1|}
            """.Replace("LONGLABEL", new string('x', 64)).Replace("LONGTEXT", new string('a', 256)));
    }

    [Fact]
    public void Records_after_errors_are_loaded()
    {
        var options = new CheckOptions();
        options.Parse.Origin = DomainName.Parse("example.com.");
        var result = ZoneChecker.CheckText("test.zone", Zones.Apex + """
            a  IN A 192.0.2.300
            b  IN A 192.0.2.2
            c  IN BOGUS x
            d  IN A 192.0.2.4
            e  IN MX 10
            f  IN A 192.0.2.6
            """, options);

        var owners = result.Zone.Records.Select(r => r.Owner.ToString()).Skip(3).ToArray();
        Assert.Equal(new[] { "b.example.com.", "d.example.com.", "f.example.com." }, owners);
        Assert.Equal(new[] { 5, 7, 9 }, result.Diagnostics.Select(d => d.Span.StartLine).ToArray());
    }

    [Fact]
    public void Unclosed_parenthesis_reports_once_and_the_lines_it_swallowed_are_not_reported_again()
    {
        Verifier.Verify(Zones.Apex + """
            www  IN TXT {|ZL1001:(|} "one"
            ftp  IN A 192.0.2.2
            """);
    }

    [Fact]
    public void CRLF_line_endings_change_nothing_but_the_offsets()
    {
        string lf = Zones.Apex + "www  IN {|ZL1001:AA|} 192.0.2.1\n{|ZL2001:example.com|} IN TXT \"x\"\n";
        Verifier.Verify(lf);
        Verifier.Verify(lf.Replace("\n", "\r\n"));
    }
}
