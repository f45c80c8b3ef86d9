using ZoneLint.Core.Tests.Harness;
using static ZoneLint.Core.Tests.Rules.Spf.Lookups.LookupRuleVerifiers;

namespace ZoneLint.Core.Tests.Rules.Spf.Lookups;

/// <summary>ZL3006: the lookup budget is nearly spent (8 to 10 by default; the threshold is configurable).</summary>
public sealed class ZL3006Tests
{
    private const string Hosts = "@    IN A  192.0.2.1\n@    IN MX 10 mail\nmail IN A  192.0.2.25\n";

    private static string Record(int lookups) =>
        "v=spf1 mx" + string.Concat(System.Linq.Enumerable.Repeat(" a", lookups - 1)) + " ~all";

    [Theory]
    [InlineData(8)]
    [InlineData(9)]
    [InlineData(10)]
    public void Eight_to_ten_lookups_get_a_warning(int lookups)
    {
        Alone.VerifyMessage(Zones.Apex + Hosts + $"@ IN TXT {{|ZL3006:\"{Record(lookups)}\"|}}\n",
            "ZL3006", $"{lookups} DNS lookups of 10 ({10 - lookups} left)", "spf.lookupWarningThreshold");
    }

    [Fact]
    public void Seven_lookups_are_quiet()
    {
        Alone.Verify(Zones.Apex + Hosts + $"@ IN TXT \"{Record(7)}\"\n");
    }

    [Fact]
    public void Eleven_lookups_are_an_error_not_a_warning()
    {
        Alone.Only("ZL3005", "ZL3006").Verify(Zones.Apex + Hosts + $"@ IN TXT {{|ZL3005:\"{Record(11)}\"|}}\n");
    }

    [Fact]
    public void The_threshold_comes_from_the_settings()
    {
        WithSettings(s => s.SpfLookupWarningThreshold = 5).VerifyMessage(Zones.Apex + Hosts + $"@ IN TXT {{|ZL3006:\"{Record(5)}\"|}}\n",
            "ZL3006", "5 DNS lookups of 10 (5 left)", "starts at 5");
        WithSettings(s => s.SpfLookupWarningThreshold = 10).Verify(Zones.Apex + Hosts + $"@ IN TXT \"{Record(9)}\"\n");
    }
}
