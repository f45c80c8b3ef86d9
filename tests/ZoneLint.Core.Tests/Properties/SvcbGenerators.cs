using System.Collections.Generic;
using System.Linq;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using static ZoneLint.Core.Tests.Properties.FieldGenerators;

namespace ZoneLint.Core.Tests.Properties;

/// <summary>
/// SVCB and HTTPS RDATA (RFC 9460 §2.2): priority, target, and SvcParams in increasing key order, each valid as the
/// parser reads it: mandatory lists only keys that are present (never itself), no-default-alpn comes with alpn,
/// ALPN IDs hold commas and backslashes (the second level of escaping), dohpath is a template with a dns variable.
/// </summary>
internal static class SvcbGenerators
{
    private const int Mandatory = 0, Alpn = 1, NoDefaultAlpn = 2, Port = 3, Ipv4Hint = 4, Ech = 5, Ipv6Hint = 6, DohPath = 7, Ohttp = 8;

    private static readonly string[] DohPaths = { "/dns-query{?dns}", "/{?dns}", "/q{&x,dns}", "/p/\u00e9{?dns,y}" };

    private static readonly Gen<byte[]> AlpnValue = Gen.Choose(1, 3)
        .SelectMany(n => Gen.ArrayOf(Gen.Choose(1, 10).SelectMany(length => Gen.ArrayOf(TextByte, length)), n))
        .Select(ids => Concat(ids.Select(id => Concat(new[] { (byte)id.Length }, id)).ToArray()));

    private static Gen<byte[]> Repeated(Gen<byte[]> item) => Gen.Choose(1, 3).SelectMany(n => Gen.ArrayOf(item, n)).Select(Concat);

    /// <summary>The value of each key, and a chance of leaving it out.</summary>
    private static readonly (int Key, Gen<byte[]> Value)[] Optional =
    {
        (Alpn, AlpnValue),
        (Port, U16),
        (Ipv4Hint, Repeated(IPv4)),
        (Ech, Bytes(1, 40)),
        (Ipv6Hint, Repeated(IPv6)),
        (DohPath, Gen.Elements(DohPaths).Select(p => Encoding.UTF8.GetBytes(p))),
        (Ohttp, Gen.Constant(new byte[0])),
    };

    private static readonly Gen<SortedDictionary<int, byte[]>> Params =
        from chosen in Gen.CollectToArray(Optional.Select(o => Gen.Frequency((2, Gen.Constant<(int, byte[])?>(null)), (1, o.Value.Select(v => ((int, byte[])?)(o.Key, v))))))
        from noDefault in Gen.Elements(false, true)
        from unknownKeys in Gen.Choose(0, 2).SelectMany(n => Gen.ArrayOf(Gen.Choose(9, 65535), n))
        from unknownValues in Gen.ArrayOf(Gen.Choose(0, 20).SelectMany(n => Gen.ArrayOf(TextByte, n)), 2)
        from mandatorySeed in Gen.ArrayOf(Gen.Elements(false, true), 12)
        select Assemble(chosen, noDefault, unknownKeys, unknownValues, mandatorySeed);

    public static readonly Gen<byte[]> Rdata =
        from priority in U16
        from target in NameWire
        from parameters in Params
        select Concat(priority, target, Concat(parameters.Select(p => Concat(UInt16(p.Key), UInt16(p.Value.Length), p.Value)).ToArray()));

    private static SortedDictionary<int, byte[]> Assemble((int, byte[])?[] chosen, bool noDefault, int[] unknownKeys, byte[][] unknownValues, bool[] mandatorySeed)
    {
        var parameters = new SortedDictionary<int, byte[]>();
        foreach (var item in chosen)
        {
            if (item is var (key, value)) parameters[key] = value;
        }
        for (int i = 0; i < unknownKeys.Length; i++) parameters[unknownKeys[i]] = unknownValues[i];
        if (noDefault && parameters.ContainsKey(Alpn)) parameters[NoDefaultAlpn] = new byte[0];
        // mandatory: some of the keys present, in increasing order (RFC 9460 §8).
        var listed = parameters.Keys.Where((key, i) => mandatorySeed[i % mandatorySeed.Length]).ToList();
        if (listed.Count > 0 && mandatorySeed[11]) parameters[Mandatory] = Concat(listed.Select(UInt16).ToArray());
        return parameters;
    }
}
