using System.Linq;
using ZoneLint.Core.Tests.Harness;
using static ZoneLint.Analyzers.Tests.AnalyzerHarness;

namespace ZoneLint.Analyzers.Tests;

/// <summary>What the analyzer sees of a project: $INCLUDE through AdditionalFiles only, and every zone as one view of DNS.</summary>
public sealed class ProjectTests
{
    private static readonly string ZonePath = PathOf("zones/example.com.zone");

    [Fact]
    public void Include_reads_an_AdditionalFile_and_reports_in_it()
    {
        string hosts = "www  IN A 192.0.2.1\nexample.com  IN A 192.0.2.2\n";
        var diagnostic = Assert.Single(Run(new[]
        {
            (ZonePath, Zones.Apex + "$INCLUDE hosts.inc\n"),
            (PathOf("zones/hosts.inc"), hosts),
        }));
        Assert.Equal("ZL2001", diagnostic.Id);
        Assert.Equal(PathOf("zones/hosts.inc"), diagnostic.Location.GetLineSpan().Path);
        Assert.Equal(1, diagnostic.Location.GetLineSpan().StartLinePosition.Line);
    }

    [Fact]
    public void Include_of_a_file_that_is_not_an_AdditionalFile_is_a_ZL1004_and_reads_no_disk()
    {
        // /etc/hostname exists on the machine running the tests; the analyzer must still not read it.
        string text = Zones.Apex + "$INCLUDE /etc/hostname\n";
        var diagnostic = Assert.Single(Run(new[] { (ZonePath, text), (PathOf("zonelint.json"), """{ "includeRoot": "/" }""") }));
        Assert.Equal("ZL1004", diagnostic.Id);
        Assert.Contains("it is not in the project's AdditionalFiles", diagnostic.GetMessage());
        Assert.Equal("/etc/hostname", text.Substring(diagnostic.Location.SourceSpan.Start, diagnostic.Location.SourceSpan.Length));
    }

    [Fact]
    public void Include_that_leaves_the_zone_folder_is_refused()
    {
        var diagnostic = Assert.Single(Run(new[]
        {
            (ZonePath, Zones.Apex + "$INCLUDE ../secrets/hosts.inc\n"),
            (PathOf("secrets/hosts.inc"), "www  IN A 192.0.2.1\n"),
        }));
        Assert.Equal("ZL1004", diagnostic.Id);
        Assert.Contains("outside the include root", diagnostic.GetMessage());
    }

    [Fact]
    public void An_include_of_another_zone_of_the_project_is_followed()
    {
        // Alone, example.net is outside every zone: ZL3020 (not followed, offline). With example.net's zone in the
        // project, the include resolves to its record, whose own mistake is then reported on this zone's term.
        string zone = Zones.Apex + "@  IN TXT \"v=spf1 include:_spf.example.net -all\"\n_dmarc IN TXT \"v=DMARC1; p=none\"\n";
        Assert.Equal(new[] { "ZL3020" }, Run(ZonePath, zone).Select(d => d.Id).ToArray());

        var diagnostics = Run(new[]
        {
            (ZonePath, zone),
            (PathOf("zones/example.net.zone"), Zones.Apex + "_spf  IN TXT \"v=spf1 include:_gone.example.net -all\"\n"),
        });
        var reached = diagnostics.Where(d => d.Location.GetLineSpan().Path == ZonePath).ToList();
        var diagnostic = Assert.Single(reached);
        Assert.Equal("ZL3008", diagnostic.Id);
        Assert.Contains("_gone.example.net. does not exist", diagnostic.GetMessage());
        Assert.Equal("include:_spf.example.net", zone.Substring(diagnostic.Location.SourceSpan.Start, diagnostic.Location.SourceSpan.Length));
    }

    [Fact]
    public void A_file_included_by_two_zones_is_reported_once()
    {
        // Two files of one zone (say, two views) read the same hosts file: its mistake is one finding, not two.
        var diagnostics = Run(new[]
        {
            (ZonePath, Zones.Apex + "$INCLUDE hosts.inc\n"),
            (PathOf("zones/db.example.com"), Zones.Apex + "$INCLUDE hosts.inc\n"),
            (PathOf("zones/hosts.inc"), "www  IN A 192.0.2.1\nexample.com  IN A 192.0.2.2\n"),
        });
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal("ZL2001", diagnostic.Id);
        Assert.Equal(PathOf("zones/hosts.inc"), diagnostic.Location.GetLineSpan().Path);
    }

    [Fact]
    public void A_project_without_zone_files_reports_nothing()
    {
        Assert.Empty(Run(PathOf("zonelint.json"), "{ not json"));
    }
}
