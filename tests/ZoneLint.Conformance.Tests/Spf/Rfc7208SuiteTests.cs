using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using ZoneLint.Core.Diagnostics;
using ZoneLint.Core.Spf.Evaluation;

namespace ZoneLint.Conformance.Tests.Spf;

/// <summary>
/// The RFC 7208 conformance suite (spf-suite/rfc7208-tests.yml, 203 tests) against <see cref="SpfEvaluator"/>: each
/// scenario's zonedata written as a zone file, loaded by the zone parser, served by the zone resolver with the suite's
/// TIMEOUTs simulated. The default explanation is "DEFAULT", as the suite's driver sets it.
/// </summary>
public class Rfc7208SuiteTests
{
    private static readonly ConcurrentDictionary<SpfSuiteScenario, SpfSuiteZone> Zones = new();

    public static IEnumerable<object[]> TestNames() => SpfSuite.Cases.Select(c => new object[] { c.Name });

    [ConformanceTheory]
    [MemberData(nameof(TestNames))]
    public void CheckHostGivesAnAcceptedResult(string test)
    {
        var (expected, result) = Run(test);
        Assert.True(expected.Results.Contains(result.Code.ToRfcName()),
            $"{test} ({expected.Spec}): expected {string.Join(" or ", expected.Results)}, got {result.Code.ToRfcName()} ({result.Reason})\n"
            + string.Join("\n", result.Trace));
        if (expected.Explanation != null) Assert.Equal(expected.Explanation, result.Explanation);
    }

    /// <summary>Where the suite accepts several results, the first is preferred; we give it every time.</summary>
    [ConformanceFact]
    public void EveryTestGetsThePreferredResult()
    {
        var other = SpfSuite.Cases.Select(c => (c, Run(c.Name).Result))
            .Where(x => x.Result.Code.ToRfcName() != x.c.Results[0])
            .Select(x => $"{x.c.Name}: {x.Result.Code.ToRfcName()}, preferred {x.c.Results[0]}");
        Assert.Empty(other);
    }

    [ConformanceFact]
    public void TheSuiteHas203TestsIn16Scenarios()
    {
        Assert.Equal(16, SpfSuite.Scenarios.Count);
        Assert.Equal(203, SpfSuite.Cases.Count());
        Assert.Equal(203, SpfSuite.Cases.Select(c => c.Name).Distinct().Count());
    }

    /// <summary>
    /// Every zonedata item loads through the zone parser without a finding, except the one a zone file cannot hold:
    /// the TXT record with no character-strings of test null-text.
    /// </summary>
    [ConformanceFact]
    public void EveryScenarioLoadsThroughTheZoneParser()
    {
        foreach (var scenario in SpfSuite.Scenarios)
        {
            var zone = ZoneOf(scenario);
            var errors = zone.Parsed.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString());
            Assert.True(!errors.Any(), $"{scenario.Description}:\n{string.Join("\n", errors)}\n{zone.Text}");
            int written = zone.Text.Split('\n').Count(l => l.Length > 0 && l[0] != '$');
            Assert.Equal(written, zone.Parsed.Records.Count);
        }
        var left = SpfSuite.Scenarios.SelectMany(s => ZoneOf(s).NotExpressible);
        Assert.Equal(new[] { "null.example.com: SPF with no character-strings" }, left);
    }

    private static (SpfSuiteCase Expected, SpfResult Result) Run(string test)
    {
        var expected = SpfSuite.Cases.Single(c => c.Name == test);
        var zone = ZoneOf(SpfSuite.ScenarioOf(test));
        var evaluator = new SpfEvaluator(zone.Resolver(), new SpfEvaluatorOptions { DefaultExplanation = "DEFAULT" });
        return (expected, evaluator.CheckSender(IPAddress.Parse(expected.Host), expected.MailFrom, expected.Helo));
    }

    private static SpfSuiteZone ZoneOf(SpfSuiteScenario scenario) => Zones.GetOrAdd(scenario, SpfSuiteZone.From);
}
