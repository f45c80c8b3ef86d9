using System.Linq;
using Microsoft.CodeAnalysis;
using ZoneLint.Core.Diagnostics;
using CoreSeverity = ZoneLint.Core.Diagnostics.DiagnosticSeverity;
using RoslynSeverity = Microsoft.CodeAnalysis.DiagnosticSeverity;

namespace ZoneLint.Analyzers.Tests;

/// <summary>The analyzer's descriptors are the catalogue's rules, derived in one factory.</summary>
public sealed class DescriptorTests
{
    private static readonly ZoneFileAnalyzer Analyzer = new();

    public static TheoryData<string> RuleIdsInCatalog() => new(RuleCatalog.All.Select(r => r.Id));

    [Theory]
    [MemberData(nameof(RuleIdsInCatalog))]
    public void Every_catalog_rule_has_one_descriptor_derived_from_it(string id)
    {
        var rule = RuleCatalog.Get(id);
        var descriptor = Assert.Single(Analyzer.SupportedDiagnostics, d => d.Id == id);
        Assert.Equal(rule.Title, descriptor.Title.ToString());
        Assert.Equal("{0}", descriptor.MessageFormat.ToString());
        Assert.Equal("ZoneLint." + rule.Category, descriptor.Category);
        Assert.Equal(rule.HelpUri, descriptor.HelpLinkUri);
        Assert.Equal(rule.Cause, descriptor.Description.ToString());
        Assert.Equal(rule.DefaultSeverity != CoreSeverity.None, descriptor.IsEnabledByDefault);
        Assert.Equal(RoslynDescriptors.ToRoslyn(rule.DefaultSeverity), descriptor.DefaultSeverity);
    }

    [Fact]
    public void Descriptors_are_exactly_the_catalog_with_unique_ids()
    {
        var ids = Analyzer.SupportedDiagnostics.Select(d => d.Id).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.Equal(RuleCatalog.All.Select(r => r.Id).OrderBy(i => i), ids.OrderBy(i => i));
    }

    [Fact]
    public void Help_links_point_at_the_rule_pages()
    {
        Assert.All(Analyzer.SupportedDiagnostics, d =>
            Assert.Equal(RuleCatalog.HelpBaseUri + d.Id + ".md", d.HelpLinkUri));
    }

    [Theory]
    [InlineData(CoreSeverity.Error, RoslynSeverity.Error)]
    [InlineData(CoreSeverity.Warning, RoslynSeverity.Warning)]
    [InlineData(CoreSeverity.Info, RoslynSeverity.Info)]
    [InlineData(CoreSeverity.None, RoslynSeverity.Hidden)]
    public void Severities_map_one_to_one(CoreSeverity core, RoslynSeverity roslyn)
    {
        Assert.Equal(roslyn, RoslynDescriptors.ToRoslyn(core));
    }

    [Fact]
    public void The_info_rule_stays_info()
    {
        var descriptor = Analyzer.SupportedDiagnostics.Single(d => d.Id == RuleIds.SpfExternalIncludeNotFollowed);
        Assert.Equal(RoslynSeverity.Info, descriptor.DefaultSeverity);
    }
}
