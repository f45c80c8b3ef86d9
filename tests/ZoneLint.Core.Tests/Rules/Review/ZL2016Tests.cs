using ZoneLint.Core.Tests.Harness;

namespace ZoneLint.Core.Tests.Rules.Review;

/// <summary>ZL2016: a name whose records were all removed since the base revision is still pointed to.</summary>
public sealed class ZL2016Tests
{
    [Fact]
    public void CNAME_to_a_removed_name_is_reported_at_its_target()
    {
        ChangeReview.Against(Zones.Apex + "old-web IN A 192.0.2.10\nold-web IN AAAA 2001:db8::10\nwww IN CNAME old-web\n", "ZL2016")
            .VerifyMessage(Zones.Apex + "www IN CNAME {|ZL2016:old-web|}\n",
                "ZL2016", "CNAME target old-web.example.com. was removed since main (it had 2 records)", "at www.example.com.");
    }

    [Fact]
    public void Name_that_keeps_some_record_is_not_removed()
    {
        ChangeReview.Against(Zones.Apex + "web IN A 192.0.2.10\nweb IN TXT \"x\"\nwww IN CNAME web\n", "ZL2016")
            .Verify(Zones.Apex + "web IN TXT \"x\"\nwww IN CNAME web\n");
    }

    [Fact]
    public void Removed_name_nothing_points_to_is_not_reported()
    {
        ChangeReview.Against(Zones.Apex + "old IN A 192.0.2.10\n", "ZL2016").Verify(Zones.Apex);
    }

    [Fact]
    public void MX_target_removed_is_left_to_ZL2014()
    {
        ChangeReview.Against(Zones.Apex + "@ IN MX 10 mail\nmail IN A 192.0.2.25\n", "ZL2016", "ZL2014")
            .Verify(Zones.Apex + "@ IN MX 10 {|ZL2014:mail|}\n");
    }
}
