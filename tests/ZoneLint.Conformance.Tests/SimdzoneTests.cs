using System.IO;
using System.Linq;
using ZoneLint.Core.Model;

namespace ZoneLint.Conformance.Tests;

/// <summary>NLnet Labs simdzone's buffer-boundary zone: very long lines and ( ) continuations must read intact.</summary>
public class SimdzoneTests
{
    /// <summary>
    /// tests/bounds.c: origin ".", default TTL 3600, class IN: the parse succeeds and delivers exactly 3 OPENPGPKEY
    /// records. (Only the parser is held to it: with origin "." the zone-level rules have no zone to check.)
    /// </summary>
    [ConformanceFact]
    public void XboundsParsesWithThreeOpenpgpkeyRecords()
    {
        var verdict = ZoneLintRunner.Check(ConformanceData.PathOf("simdzone", "xbounds.zone"), ".", defaultTtl: 3600);
        Assert.True(verdict.ParsedWithoutError, string.Join("\n", verdict.Result.Zone.Diagnostics.Select(ZoneLintVerdict.Describe)));
        Assert.Equal(3, verdict.Result.Zone.Records.Count(r => r.Type == RRType.OPENPGPKEY));
    }
}
