using System.Linq;
using ZoneLint.Core.Tests.Harness;

namespace ZoneLint.Core.Tests.Rules.Review;

/// <summary>ZL3021: an SPF record under the lookup warning threshold at the base revision is at or over it now.</summary>
public sealed class ZL3021Tests
{
    private const string Hosts = "@    IN A  192.0.2.1\n@    IN MX 10 mail\nmail IN A  192.0.2.25\n";

    private static string Zone(int lookups, bool marked = false)
    {
        string text = "\"v=spf1 mx" + string.Concat(Enumerable.Repeat(" a", lookups - 1)) + " ~all\"";
        return Zones.Apex + Hosts + "@ IN TXT " + (marked ? "{|ZL3021:" + text + "|}" : text) + "\n";
    }

    [Fact]
    public void Record_that_grew_past_the_threshold_is_reported()
    {
        ChangeReview.Against(Zone(6), "ZL3021").VerifyMessage(Zone(9, marked: true),
            "ZL3021", "raises the record's DNS lookups from 6 to 9 DNS lookups", "the warning starts at 8, the limit is 10");
    }

    [Fact]
    public void New_record_at_the_threshold_is_reported()
    {
        ChangeReview.Against(Zones.Apex + Hosts, "ZL3021").VerifyMessage(Zone(8, marked: true),
            "ZL3021", "this record is new since main and makes 8 DNS lookups");
    }

    [Theory]
    [InlineData(8, 9)] // was already over: ZL3006's business, not this change's
    [InlineData(5, 7)] // grew, but stays under the threshold
    [InlineData(9, 6)] // shrank
    public void Records_that_did_not_cross_the_threshold_are_quiet(int before, int after)
    {
        ChangeReview.Against(Zone(before), "ZL3021").Verify(Zone(after));
    }
}
