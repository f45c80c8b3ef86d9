using System.Collections.Generic;
using System.Linq;
using ZoneLint.Core.Model;
using ZoneLint.Core.Parsing;
using ZoneLint.Core.Rdata;
using ZoneLint.Core.Tests.Rdata;

namespace ZoneLint.Core.Tests.Properties;

/// <summary>Parses zone text as the checker does and compares records octet for octet (owners too, case and all).</summary>
internal static class RoundTrip
{
    /// <summary>The records of <paramref name="text"/>, which must parse without a single finding.</summary>
    public static IReadOnlyList<ResourceRecord> ParseClean(string text, ushort @class = RRClass.IN)
    {
        var result = ZoneParser.ParseText("roundtrip.zone", text, new ParseOptions { Origin = DomainName.Root, DefaultClass = @class });
        Assert.True(result.Diagnostics.Count == 0,
            "the text does not parse cleanly:\n" + text + "\n" + string.Join("\n", result.Diagnostics.Select(d => d.ToString())));
        return result.Records;
    }

    /// <summary>The one record of <paramref name="text"/>.</summary>
    public static ResourceRecord ParseOne(string text, ushort @class) => Assert.Single(ParseClean(text, @class));

    public static void AssertSame(GeneratedRecord expected, ResourceRecord actual, string text) =>
        AssertSame(expected.Owner, expected.Ttl, expected.Class, expected.Type, expected.Rdata, actual, text);

    public static void AssertSame(ResourceRecord expected, ResourceRecord actual, string text) =>
        AssertSame(expected.Owner, expected.Ttl, expected.Class, expected.Type, expected.Rdata.Wire, actual, text);

    private static void AssertSame(DomainName owner, uint ttl, ushort @class, ushort type, byte[] rdata, ResourceRecord actual, string text)
    {
        string where = $" (read back from: {text})";
        Assert.True(RdataText.Hex(owner.ToWire()) == RdataText.Hex(actual.Owner.ToWire()), $"owner {owner} read back as {actual.Owner}{where}");
        Assert.True(ttl == actual.Ttl, $"TTL {ttl} read back as {actual.Ttl}{where}");
        Assert.True(@class == actual.Class, $"class {@class} read back as {actual.Class}{where}");
        Assert.True(type == actual.Type, $"type {type} read back as {actual.Type}{where}");
        Assert.True(RdataText.Hex(rdata) == RdataText.Hex(actual.Rdata.Wire),
            $"RDATA {RdataText.Hex(rdata)} read back as {RdataText.Hex(actual.Rdata.Wire)}{where}");
    }

    /// <summary>The record's line with its RDATA in RFC 3597's generic form.</summary>
    public static string GenericLine(DomainName owner, uint ttl, ushort @class, ushort type, byte[] rdata) =>
        $"{owner} {ttl} {RRClass.ToName(@class)} {RRType.ToName(type)} {RdataFormatter.FormatGeneric(rdata)}";
}
