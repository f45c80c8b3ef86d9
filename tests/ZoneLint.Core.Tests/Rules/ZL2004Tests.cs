using System.Linq;
using ZoneLint.Core.Checking;
using ZoneLint.Core.Model;
using ZoneLint.Core.Tests.Harness;

namespace ZoneLint.Core.Tests.Rules;

/// <summary>ZL2004: records with no TTL while no $TTL is in force; once a file, at the first such record.</summary>
public sealed class ZL2004Tests
{
    private static readonly RuleVerifier Verifier = RuleVerifier.Core();

    [Fact]
    public void First_record_without_TTL_is_reported_once_with_a_count_of_the_rest()
    {
        Verifier.VerifyMessage("""
            @    3600 IN SOA ns1 hostmaster 1 7200 3600 1209600 300
            {|ZL2004:@         IN NS  ns1|}
            ns1       IN A   192.0.2.53
            www       IN A   192.0.2.1
            """,
            "ZL2004", "previous record's TTL (3600)", "2 more record(s)", "$TTL 3600");
    }

    [Fact]
    public void SOA_without_any_TTL_takes_the_SOA_minimum()
    {
        Verifier.VerifyMessage("""
            {|ZL2004:@    IN SOA ns1 hostmaster 1 7200 3600 1209600 300|}
            @    IN NS  ns1
            ns1  IN A   192.0.2.53
            """,
            "ZL2004", "SOA minimum (300)");
    }

    [Fact]
    public void Multi_line_record_is_reported_across_its_lines()
    {
        Verifier.Verify("""
            {|ZL2004:@    IN SOA ( ns1 hostmaster
                             1 7200 3600 1209600 300|} )
            @    IN NS  ns1
            ns1  IN A   192.0.2.53
            """);
    }

    [Fact]
    public void TTL_directive_in_force_is_enough()
    {
        Verifier.Verify(Zones.Apex + "www  IN A 192.0.2.1\n");
    }

    [Fact]
    public void Explicit_TTLs_everywhere_are_enough()
    {
        Verifier.Verify("""
            @    3600 IN SOA ns1 hostmaster 1 7200 3600 1209600 300
            @    3600 IN NS  ns1
            ns1  3600 IN A   192.0.2.53
            """);
    }

    [Fact]
    public void Records_before_a_late_TTL_directive_are_reported()
    {
        Verifier.Verify("""
            {|ZL2004:@    IN SOA ns1 hostmaster 1 7200 3600 1209600 300|}
            $TTL 3600
            @    IN NS  ns1
            ns1  IN A   192.0.2.53
            """);
    }

    [Fact]
    public void Default_TTL_from_the_options_counts_as_a_TTL_directive()
    {
        RuleVerifier.Core(o => o.Parse.DefaultTtl = 3600).Verify("""
            @    IN SOA ns1 hostmaster 1 7200 3600 1209600 300
            @    IN NS  ns1
            ns1  IN A   192.0.2.53
            """);
    }

    [Fact]
    public void Reported_once_per_file_including_included_files()
    {
        var files = new InMemoryFileSystem()
            .Add("/zones/example.com.zone", "@ 3600 IN SOA ns1 hostmaster 1 7200 3600 1209600 300\n@ IN NS ns1\n$INCLUDE hosts.inc\n")
            .Add("/zones/hosts.inc", "ns1 IN A 192.0.2.53\nwww IN A 192.0.2.1\n");
        var options = new CheckOptions();
        options.Parse.Origin = DomainName.Parse("example.com.");
        options.Parse.FileSystem = files;

        var found = ZoneChecker.CheckFile("/zones/example.com.zone", options).Diagnostics.Where(d => d.Id == "ZL2004").ToList();

        Assert.Equal(
            new[] { ("/zones/example.com.zone", 2), ("/zones/hosts.inc", 1) },
            found.Select(d => (d.Span.File, d.Span.StartLine)).ToArray());
    }
}
