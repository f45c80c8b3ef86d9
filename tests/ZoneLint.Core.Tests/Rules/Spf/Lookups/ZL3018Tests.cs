using System.Linq;
using ZoneLint.Core.Tests.Harness;
using static ZoneLint.Core.Tests.Rules.Spf.Lookups.LookupRuleVerifiers;

namespace ZoneLint.Core.Tests.Rules.Spf.Lookups;

/// <summary>ZL3018: an mx term whose lookup returns more than 10 names.</summary>
public sealed class ZL3018Tests
{
    private static string Exchanges(int count) =>
        string.Concat(Enumerable.Range(1, count).Select(i => $"@ IN MX {i} mx{i}\nmx{i} IN A 192.0.2.{i}\n"));

    [Fact]
    public void Eleven_MX_names_are_reported_on_the_mx_term()
    {
        Alone.VerifyMessage(Zones.Apex + Exchanges(11) + """
            @    IN TXT "v=spf1 {|ZL3018:mx|} ~all"
            """,
            "ZL3018", "mx: example.com. has 11 MX records (limit 10)", "(RFC 7208 §4.6.4)");
    }

    [Fact]
    public void Ten_MX_names_are_allowed()
    {
        Alone.Verify(Zones.Apex + Exchanges(10) + """
            @    IN TXT "v=spf1 mx ~all"
            """);
    }

    [Fact]
    public void An_mx_with_a_domain_is_reported_on_that_term()
    {
        Alone.Verify(Zones.Apex + Exchanges(10) + """
            @    IN TXT "v=spf1 mx {|ZL3018:mx:big.example.com/24|} ~all"
            big  IN MX 1 mx1
            big  IN MX 2 mx2
            big  IN MX 3 mx3
            big  IN MX 4 mx4
            big  IN MX 5 mx5
            big  IN MX 6 mx6
            big  IN MX 7 mx7
            big  IN MX 8 mx8
            big  IN MX 9 mx9
            big  IN MX 10 mx10
            big  IN MX 11 mail
            big  IN TXT "v=spf1 -all"
            mail IN A  192.0.2.99
            """);
    }
}
