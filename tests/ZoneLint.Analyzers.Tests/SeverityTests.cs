using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using ZoneLint.Core.Tests.Harness;
using static ZoneLint.Analyzers.Tests.AnalyzerHarness;

namespace ZoneLint.Analyzers.Tests;

/// <summary>Severity from zonelint.json (an AdditionalFile), then from the compiler's options (.globalconfig, NoWarn, warnaserror).</summary>
public sealed class SeverityTests
{
    // ZL2005 (a warning by default): the second A record of www has another TTL.
    private const string Zone = Zones.Apex +
        "www  300 IN A 192.0.2.1\n" +
        "www  600 IN A 192.0.2.2\n";

    private static readonly string ZonePath = PathOf("zones/example.com.zone");

    [Fact]
    public void By_default_the_rule_reports_its_own_severity()
    {
        var diagnostic = Assert.Single(Run(ZonePath, Zone));
        Assert.Equal("ZL2005", diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
    }

    [Fact]
    public void Configuration_file_raises_a_severity()
    {
        var diagnostic = Assert.Single(Run(new[]
        {
            (ZonePath, Zone),
            (PathOf("zonelint.json"), """{ "rules": { "ZL2005": "error" } }"""),
        }));
        Assert.Equal("ZL2005", diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
    }

    [Fact]
    public void Configuration_file_switches_a_rule_off()
    {
        Assert.Empty(Run(new[] { (ZonePath, Zone), (PathOf("zonelint.json"), """{ "rules": { "ZL2005": "none" } }""") }));
    }

    [Fact]
    public void Nearest_configuration_by_folder_applies()
    {
        var diagnostics = Run(new[]
        {
            (ZonePath, Zone),
            (PathOf("other/db.example.org"), Zone.Replace("example.com", "example.org")),
            (PathOf("zonelint.json"), """{ "rules": { "ZL2005": "info" } }"""),
            (PathOf("zones/zonelint.json"), """{ "rules": { "ZL2005": "error" } }"""),
        });
        Assert.Equal(DiagnosticSeverity.Error, diagnostics.Single(d => d.Location.GetLineSpan().Path == ZonePath).Severity);
        Assert.Equal(DiagnosticSeverity.Info, diagnostics.Single(d => d.Location.GetLineSpan().Path == PathOf("other/db.example.org")).Severity);
    }

    [Fact]
    public void The_only_configuration_applies_even_when_it_is_not_above_the_zone()
    {
        var diagnostic = Assert.Single(Run(new[] { (ZonePath, Zone), (PathOf("config/zonelint.json"), """{ "rules": { "ZL2005": "error" } }""") }));
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
    }

    [Fact]
    public void Build_property_names_the_configuration()
    {
        var diagnostic = Assert.Single(Run(
            new[]
            {
                (ZonePath, Zone),
                (PathOf("zones/zonelint.json"), """{ "rules": { "ZL2005": "info" } }"""),
                (PathOf("ci/zonelint.json"), """{ "rules": { "ZL2005": "error" } }"""),
            },
            globalOptions: new Dictionary<string, string> { [ZoneFileAnalyzer.ConfigFileProperty] = PathOf("ci/zonelint.json") }));
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
    }

    [Fact]
    public void Invalid_configuration_is_a_ZL9001_at_the_bad_value_in_zonelint_json()
    {
        string config = """{ "rules": { "ZL2005": "loud" } }""";
        var diagnostics = Run(new[] { (ZonePath, Zone), (PathOf("zonelint.json"), config) });
        var invalid = Assert.Single(diagnostics, d => d.Id == "ZL9001");
        Assert.Equal(PathOf("zonelint.json"), invalid.Location.GetLineSpan().Path);
        Assert.Equal("\"loud\"", config.Substring(invalid.Location.SourceSpan.Start, invalid.Location.SourceSpan.Length));
    }

    [Fact]
    public void Globalconfig_severity_none_filters_the_diagnostic()
    {
        // `dotnet_diagnostic.ZL2005.severity = none` in .globalconfig, and <NoWarn>ZL2005</NoWarn>, both reach the compiler as this.
        var diagnostics = Run(new[] { (ZonePath, Zone) }, new Dictionary<string, ReportDiagnostic> { ["ZL2005"] = ReportDiagnostic.Suppress });
        Assert.Empty(diagnostics);
    }

    [Theory]
    [InlineData("dotnet_diagnostic.ZL2005.severity = none")]
    [InlineData("dotnet_diagnostic.zl2005.severity = none")]
    public void A_real_globalconfig_file_filters_the_diagnostic(string entry)
    {
        // The compiler parses the .globalconfig and asks it, through the tree options provider, for the severity of a
        // diagnostic outside any source file, as here.
        var globalConfig = AnalyzerConfig.Parse("is_global = true\n" + entry + "\n", "/repo/.globalconfig");
        var options = AnalyzerConfigSet.Create(new[] { globalConfig }).GlobalConfigOptions;
        Assert.Empty(Run(new[] { (ZonePath, Zone) }, globalConfig: options));
    }

    [Fact]
    public void Globalconfig_severity_none_wins_over_zonelint_json()
    {
        var diagnostics = Run(
            new[] { (ZonePath, Zone), (PathOf("zonelint.json"), """{ "rules": { "ZL2005": "error" } }""") },
            new Dictionary<string, ReportDiagnostic> { ["ZL2005"] = ReportDiagnostic.Suppress });
        Assert.Empty(diagnostics);
    }

    [Fact]
    public void Globalconfig_can_raise_a_rule_to_error()
    {
        var diagnostic = Assert.Single(Run(new[] { (ZonePath, Zone) }, new Dictionary<string, ReportDiagnostic> { ["ZL2005"] = ReportDiagnostic.Error }));
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
    }

    [Fact]
    public void TreatWarningsAsErrors_makes_the_warning_an_error()
    {
        var diagnostic = Assert.Single(Run(new[] { (ZonePath, Zone) }, generalOption: ReportDiagnostic.Error));
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.True(diagnostic.IsWarningAsError);
    }

    [Fact]
    public void Suppressing_one_rule_leaves_the_others()
    {
        string text = Zone + "example.com  IN A 192.0.2.9\n";
        var ids = Run(new[] { (ZonePath, text) }, new Dictionary<string, ReportDiagnostic> { ["ZL2005"] = ReportDiagnostic.Suppress })
            .Select(d => d.Id).ToArray();
        Assert.Equal(new[] { "ZL2001" }, ids);
    }
}
