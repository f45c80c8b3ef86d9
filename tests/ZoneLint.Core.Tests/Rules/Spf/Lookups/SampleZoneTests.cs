using System.Linq;
using ZoneLint.Core.Checking;
using ZoneLint.Core.Diagnostics;
using ZoneLint.Core.Model;
using ZoneLint.Core.Tests.Spf.Accounting;

namespace ZoneLint.Core.Tests.Rules.Spf.Lookups;

/// <summary>The sample zones in samples/zones say what they should give; the lookup rules must agree.</summary>
public sealed class SampleZoneTests
{
    private static CheckResult Check(string file, string origin)
    {
        var options = new CheckOptions();
        options.Parse.Origin = DomainName.Parse(origin);
        return ZoneChecker.CheckFile(AccountingZones.SamplePath(file), options);
    }

    [Fact]
    public void The_lookups_sample_gives_ZL3005_with_eleven_lookups_on_its_SPF_record()
    {
        var result = Check("lookups.example.com.zone", "lookups.example.com.");

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("ZL3005", diagnostic.Id);
        Assert.StartsWith("11 DNS lookups (limit 10): include:_spf1.lookups.example.com. 6, include:_spf2.lookups.example.com. 3, a 1, mx 1;", diagnostic.Message);
        Assert.Equal((16, 21, 16, 109), (diagnostic.Span.StartLine, diagnostic.Span.StartColumn, diagnostic.Span.EndLine, diagnostic.Span.EndColumn));
    }

    [Fact]
    public void The_good_sample_has_no_error_and_one_info_for_the_Google_include()
    {
        var result = Check("example.com.zone", "example.com.");

        Assert.DoesNotContain(result.Diagnostics, d => d.Severity is DiagnosticSeverity.Error or DiagnosticSeverity.Warning);
        var info = Assert.Single(result.Diagnostics);
        Assert.Equal("ZL3020", info.Id);
        Assert.Equal(DiagnosticSeverity.Info, info.Severity);
        Assert.StartsWith("include:_spf.google.com: _spf.google.com. is outside the zones", info.Message);
    }
}
