using System.Linq;
using ZoneLint.Core.Tests.Harness;
using static ZoneLint.Analyzers.Tests.AnalyzerHarness;

namespace ZoneLint.Analyzers.Tests;

/// <summary>A committed lock file (zonelint.lock.json as an AdditionalFile) answers for domains outside the project's zones, as in the CLI.</summary>
public sealed class LockFileTests
{
    private const string Zone = Zones.Apex + "@  IN TXT \"v=spf1 include:_spf.provider.example -all\"\n_dmarc IN TXT \"v=DMARC1; p=none\"\n";

    private static readonly string ZonePath = PathOf("zones/example.com.zone");

    private static string Lock(string status, string records) => $$"""
        {
          "version": 1,
          "domains": {
            "_spf.provider.example.": {
              "TXT": { "status": "{{status}}", "fetched": "2025-06-01T12:30:45Z", "records": [{{records}}] }
            }
          }
        }
        """;

    [Fact]
    public void Without_a_lock_the_include_is_not_followed()
    {
        Assert.Equal(new[] { "ZL3020" }, Run(ZonePath, Zone).Select(d => d.Id).ToArray());
    }

    [Fact]
    public void A_lock_that_pins_the_include_answers_it()
    {
        Assert.Empty(Run(new[] { (ZonePath, Zone), (PathOf("zonelint.lock.json"), Lock("NOERROR", "[\"v=spf1 ip4:198.51.100.0/24 -all\"]")) }));
    }

    [Fact]
    public void A_lock_that_says_the_include_does_not_exist_gives_ZL3008()
    {
        var diagnostic = Assert.Single(Run(new[] { (ZonePath, Zone), (PathOf("zonelint.lock.json"), Lock("NXDOMAIN", "")) }));
        Assert.Equal("ZL3008", diagnostic.Id);
    }

    [Fact]
    public void The_lock_file_a_configuration_names_is_used()
    {
        var diagnostic = Assert.Single(Run(new[]
        {
            (ZonePath, Zone),
            (PathOf("zonelint.json"), """{ "spf": { "lockFile": "dns/pinned.json" } }"""),
            (PathOf("dns/pinned.json"), Lock("NXDOMAIN", "")),
        }));
        Assert.Equal("ZL3008", diagnostic.Id);
    }

    [Fact]
    public void An_invalid_lock_is_a_ZL9001_in_the_lock_file_and_is_not_used()
    {
        var diagnostics = Run(new[] { (ZonePath, Zone), (PathOf("zonelint.lock.json"), "{ \"version\": 99 }") });
        var invalid = Assert.Single(diagnostics, d => d.Id == "ZL9001");
        Assert.Equal(PathOf("zonelint.lock.json"), invalid.Location.GetLineSpan().Path);
        Assert.Contains(diagnostics, d => d.Id == "ZL3020");
    }
}
