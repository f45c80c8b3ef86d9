using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using ZoneLint.Core.Tests.Harness;
using static ZoneLint.Analyzers.Tests.AnalyzerHarness;

namespace ZoneLint.Analyzers.Tests;

/// <summary>Where the analyzer's findings land: the zone file's path, 0-based lines and columns, offsets into its text.</summary>
public sealed class LocationTests
{
    private const string Zone = Zones.Apex +
        "@            IN TXT v=spf1 ip4:192.0.2.1 -all\n" +
        "example.com  IN A   192.0.2.1\n";

    [Fact]
    public void Unquoted_SPF_record_is_reported_at_its_text_in_the_zone_file()
    {
        string path = PathOf("zones/example.com.zone");
        var diagnostic = Assert.Single(Run(path, Zone), d => d.Id == "ZL3002");

        var span = diagnostic.Location.GetLineSpan();
        Assert.Equal(path, span.Path);
        Assert.Equal(new LinePosition(4, 20), span.StartLinePosition);
        Assert.Equal(new LinePosition(4, 45), span.EndLinePosition);
        Assert.Equal("v=spf1 ip4:192.0.2.1 -all", Zone.Substring(diagnostic.Location.SourceSpan.Start, diagnostic.Location.SourceSpan.Length));
        Assert.Equal(LocationKind.ExternalFile, diagnostic.Location.Kind);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Contains("write @ IN TXT \"v=spf1 ip4:192.0.2.1 -all\"", diagnostic.GetMessage());
    }

    [Fact]
    public void Owner_without_trailing_dot_is_reported_on_the_owner()
    {
        string path = PathOf("zones/example.com.zone");
        var diagnostic = Assert.Single(Run(path, Zone), d => d.Id == "ZL2001");

        var span = diagnostic.Location.GetLineSpan();
        Assert.Equal(path, span.Path);
        Assert.Equal(new LinePosition(5, 0), span.StartLinePosition);
        Assert.Equal(new LinePosition(5, 11), span.EndLinePosition);
        Assert.Equal("example.com", Zone.Substring(diagnostic.Location.SourceSpan.Start, diagnostic.Location.SourceSpan.Length));
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity); // Core's default for ZL2001
    }

    [Fact]
    public void The_zone_reports_exactly_its_two_mistakes()
    {
        var ids = Run(PathOf("zones/example.com.zone"), Zone).Select(d => d.Id).OrderBy(id => id).ToArray();
        Assert.Equal(new[] { "ZL2001", "ZL3002" }, ids);
    }

    [Fact]
    public void Span_over_several_lines_keeps_both_ends()
    {
        string text = Zones.Apex + "@  IN TXT ( v=spf1\n    -all )\n";
        var diagnostic = Assert.Single(Run(PathOf("example.com.zone"), text), d => d.Id == "ZL3002");
        var span = diagnostic.Location.GetLineSpan();
        Assert.Equal(new LinePosition(4, 12), span.StartLinePosition);
        Assert.Equal(new LinePosition(5, 8), span.EndLinePosition);
    }

    [Theory]
    [InlineData("zones/readme.txt")]
    [InlineData("zones/example.com.json")]
    public void Files_that_are_not_zone_files_are_not_linted(string relative)
    {
        Assert.Empty(Run(PathOf(relative), "this is not a zone\n"));
    }

    [Theory]
    [InlineData("zones/example.com.zone")]
    [InlineData("zones/db.example.com")]
    [InlineData("zones/example.com.db")]
    public void Every_zone_file_name_is_linted(string relative)
    {
        Assert.Contains(Run(PathOf(relative), Zone), d => d.Id == "ZL3002");
    }
}
