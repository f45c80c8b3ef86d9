using ZoneLint.Core.Model;
using ZoneLint.Core.Rules.Spf.Lookups;
using ZoneLint.Core.Tests.Harness;
using static ZoneLint.Core.Tests.Rules.Spf.Lookups.LookupRuleVerifiers;

namespace ZoneLint.Core.Tests.Rules.Spf.Lookups;

/// <summary>ZL3020 (info): an external include that was not followed, once per domain per run.</summary>
public sealed class ZL3020Tests
{
    [Fact]
    public void An_external_include_is_reported_once_as_info()
    {
        var reported = Alone.VerifyMessage(Zones.Apex + """
            @    IN TXT "v=spf1 ip4:192.0.2.25 {|ZL3020:include:_spf.google.com|} ~all"
            shop IN TXT "v=spf1 include:_spf.google.com ~all"
            """,
            "ZL3020", "_spf.google.com. is outside the zones being linted and not in the lock file", "lower bounds");
        Assert.Single(reported);
    }

    [Fact]
    public void A_redirect_outside_the_zones_is_reported_too()
    {
        Alone.Verify(Zones.Apex + """
            @    IN TXT "v=spf1 {|ZL3020:redirect=_spf.example.net|}"
            """);
    }

    [Fact]
    public void It_is_reported_at_info_severity_so_a_build_stays_quiet()
    {
        var result = Core.Checking.ZoneChecker.CheckText(RuleVerifier.TestPath, Zones.Apex + "@ IN TXT \"v=spf1 include:_spf.google.com ~all\"\n_dmarc IN TXT \"v=DMARC1; p=none\"\n",
            new Core.Checking.CheckOptions { Parse = { Origin = DomainName.Parse("example.com.") } });

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("ZL3020", diagnostic.Id);
        Assert.Equal(Core.Diagnostics.DiagnosticSeverity.Info, diagnostic.Severity);
        Assert.False(result.HasErrors);
    }

    [Fact]
    public void A_ledger_shared_by_a_run_reports_each_domain_in_one_zone_only()
    {
        var ledger = new ExternalIncludeLedger();
        var verifier = WithSettings(s => s.SpfExternalIncludes = ledger);

        verifier.Verify(Zones.Apex + "@ IN TXT \"v=spf1 {|ZL3020:include:_spf.google.com|} ~all\"\n");
        verifier.Verify(Zones.Apex + "@ IN TXT \"v=spf1 include:_spf.google.com {|ZL3020:include:spf.protection.outlook.com|} ~all\"\n");
    }

    [Fact]
    public void An_include_in_another_zone_of_the_run_is_followed_and_not_reported()
    {
        const string markup = Zones.Apex + "@ IN TXT \"v=spf1 include:_spf.example.net ~all\"\n";
        WithZones(markup, ("example.net.", "_spf IN TXT \"v=spf1 ip4:192.0.2.0/24 ~all\"\n")).Verify(markup);
    }
}
