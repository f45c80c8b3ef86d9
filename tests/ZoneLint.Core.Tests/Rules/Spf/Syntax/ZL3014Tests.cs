using System.Linq;
using ZoneLint.Core.Tests.Harness;
using static ZoneLint.Core.Tests.Rules.Spf.Syntax.SpfSyntaxVerifier;

namespace ZoneLint.Core.Tests.Rules.Spf.Syntax;

/// <summary>ZL3014: an SPF record over 450 octets.</summary>
public sealed class ZL3014Tests
{
    /// <summary>A record of exactly <paramref name="octets"/> octets, as strings of at most 200 octets on separate lines.</summary>
    private static string Strings(int octets)
    {
        string text = "v=spf1 " + string.Join(" ", Enumerable.Range(0, 40).Select(i => $"ip4:192.0.2.{i}"));
        text = text.Substring(0, octets - 5).TrimEnd() ;
        text = text.PadRight(octets - 5) + " -all";
        var chunks = Enumerable.Range(0, (text.Length + 199) / 200).Select(i => text.Substring(i * 200, System.Math.Min(200, text.Length - i * 200)));
        return string.Join("\n           ", chunks.Select(c => "\"" + c + "\""));
    }

    [Fact]
    public void Record_of_451_octets_is_reported_on_all_its_strings()
    {
        string strings = Strings(451);
        Verifier.VerifyMessage(Zones.Apex + "@  IN TXT ( {|ZL3014:" + strings + "|} )\n", "ZL3014", "451 octets", "RFC 7208 §3.4", "512 octets");
    }

    [Fact]
    public void Record_of_450_octets_is_fine()
    {
        Verifier.Verify(Zones.Apex + "@  IN TXT ( " + Strings(450) + " )\n");
    }
}
