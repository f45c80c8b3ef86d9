using System.Linq;
using ZoneLint.Core.Checking;
using ZoneLint.Core.Diagnostics;
using ZoneLint.Core.Model;
using ZoneLint.Core.Tests.Harness;

namespace ZoneLint.Core.Tests.Rules;

/// <summary><see cref="CheckOptions.Severity"/>: a rule switched to None disappears; another severity replaces the default.</summary>
public sealed class SeverityTests
{
    private const string Zone = Zones.Apex + """
        www  300  IN A 192.0.2.1
        www  3600 IN A 192.0.2.2
        www  3600 IN A 192.0.2.2
        ftp  IN BOGUS x
        """;

    private static CheckResult Check(System.Func<RuleDescriptor, DiagnosticSeverity> severity)
    {
        var options = new CheckOptions { Severity = severity };
        options.Parse.Origin = DomainName.Parse("example.com.");
        return ZoneChecker.CheckText("test.zone", Zone, options);
    }

    [Fact]
    public void Default_severities_are_the_catalog_ones()
    {
        var result = Check(rule => rule.DefaultSeverity);

        Assert.Equal(
            new[] { ("ZL2005", DiagnosticSeverity.Warning), ("ZL2008", DiagnosticSeverity.Warning), ("ZL2005", DiagnosticSeverity.Warning), ("ZL1001", DiagnosticSeverity.Error) },
            result.Diagnostics.Select(d => (d.Id, d.Severity)).ToArray());
        Assert.True(result.HasErrors);
    }

    [Fact]
    public void Rule_switched_to_None_disappears()
    {
        var result = Check(rule => rule.Id == RuleIds.InconsistentRRsetTtl ? DiagnosticSeverity.None : rule.DefaultSeverity);

        Assert.Equal(new[] { "ZL2008", "ZL1001" }, result.Diagnostics.Select(d => d.Id).ToArray());
    }

    [Fact]
    public void Syntax_rule_switched_to_None_disappears_and_the_file_has_no_errors()
    {
        var result = Check(rule => rule.Id == RuleIds.MalformedEntry ? DiagnosticSeverity.None : rule.DefaultSeverity);

        Assert.DoesNotContain(result.Diagnostics, d => d.Id == "ZL1001");
        Assert.False(result.HasErrors);
    }

    [Fact]
    public void Warning_raised_to_Error_is_reported_as_an_error()
    {
        var result = Check(rule => rule.Id == RuleIds.DuplicateRecord ? DiagnosticSeverity.Error : rule.DefaultSeverity);

        var duplicate = Assert.Single(result.Diagnostics, d => d.Id == "ZL2008");
        Assert.Equal(DiagnosticSeverity.Error, duplicate.Severity);
        Assert.All(result.Diagnostics.Where(d => d.Id == "ZL2005"), d => Assert.Equal(DiagnosticSeverity.Warning, d.Severity));
    }

    [Fact]
    public void Error_lowered_to_Info_no_longer_fails_the_file()
    {
        var result = Check(rule => rule.Id == RuleIds.MalformedEntry ? DiagnosticSeverity.Info : rule.DefaultSeverity);

        Assert.Equal(DiagnosticSeverity.Info, Assert.Single(result.Diagnostics, d => d.Id == "ZL1001").Severity);
        Assert.False(result.HasErrors);
    }

    [Fact]
    public void Everything_switched_off_reports_nothing()
    {
        Assert.Empty(Check(_ => DiagnosticSeverity.None).Diagnostics);
    }

    [Fact]
    public void Verifier_sees_a_switched_off_rule_as_absent()
    {
        RuleVerifier.Core(o => o.Severity = rule => rule.Id == RuleIds.DuplicateRecord ? DiagnosticSeverity.None : rule.DefaultSeverity)
            .Verify(Zones.Apex + "www  IN A 192.0.2.1\nwww  IN A 192.0.2.1\n");
    }
}
