using ZoneLint.Core.Tests.Harness;

namespace ZoneLint.Core.Tests.Rules.Review;

/// <summary>ZL2015: the zone changed since the base revision but its SOA serial did not increase.</summary>
public sealed class ZL2015Tests
{
    private static string Zone(string serial, string www) =>
        "$TTL 3600\n" +
        $"@    IN SOA ns1 hostmaster {serial} 7200 3600 1209600 300\n" +
        "@    IN NS  ns1\n" +
        "ns1  IN A   192.0.2.53\n" +
        $"www  IN A   {www}\n";

    [Fact]
    public void Changed_record_with_the_same_serial_is_reported_at_the_serial()
    {
        ChangeReview.Against(Zone("2026112701", "192.0.2.10"), "ZL2015").VerifyMessage(
            Zone("{|ZL2015:2026112701|}", "192.0.2.20"),
            "ZL2015", "changed since main (1 record added, 1 removed)", "the SOA serial is still 2026112701", "Use 2026112800 (YYYYMMDDnn)");
    }

    [Fact]
    public void Serial_that_went_down_is_reported()
    {
        ChangeReview.Against(Zone("2026112805", "192.0.2.10"), "ZL2015").VerifyMessage(
            Zone("{|ZL2015:2026112801|}", "192.0.2.20"),
            "ZL2015", "went from 2026112805 down to 2026112801", "Use 2026112806");
    }

    [Fact]
    public void Plain_counter_serial_is_proposed_plus_one()
    {
        ChangeReview.Against(Zone("41", "192.0.2.10"), "ZL2015").VerifyMessage(
            Zone("{|ZL2015:41|}", "192.0.2.20"), "ZL2015", "Use 42");
    }

    [Theory]
    [InlineData("2026112702", "192.0.2.20")] // bumped
    [InlineData("2026112701", "192.0.2.10")] // nothing changed
    [InlineData("0", "192.0.2.20")] // RFC 1982: 0 follows 4294967295
    public void Bumped_serial_or_unchanged_records_are_not_reported(string serial, string www)
    {
        string old = serial == "0" ? "4294967295" : "2026112701";
        ChangeReview.Against(Zone(old, "192.0.2.10"), "ZL2015").Verify(Zone(serial, www));
    }

    [Fact]
    public void Layout_and_comments_alone_are_no_change()
    {
        string rewritten =
            "$TTL 1h ; one hour\n" +
            "@ SOA ns1.example.com. hostmaster.example.com. ( 2026112701 2h 1h 2w 5m )\n" +
            "@ NS ns1.example.com.\n" +
            "www A 192.0.2.10\n" +
            "ns1 A 192.0.2.53\n";
        ChangeReview.Against(Zone("2026112701", "192.0.2.10"), "ZL2015").Verify(rewritten);
    }

    [Fact]
    public void A_serial_half_the_number_space_away_is_not_greater()
    {
        // RFC 1982 §3.2: at a distance of exactly 2^31 the comparison is undefined, so a secondary may not transfer.
        ChangeReview.Against(Zone("1", "192.0.2.10"), "ZL2015").Verify(Zone("{|ZL2015:2147483649|}", "192.0.2.20"));
    }

    [Fact]
    public void Without_a_base_nothing_is_compared()
    {
        RuleVerifier.Core().Only("ZL2015").Verify(Zone("1", "192.0.2.20"));
    }
}
