using System.Collections.Generic;
using System.Linq;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using ZoneLint.Core.Model;
using ZoneLint.Core.Tests.Rdata;
using static ZoneLint.Core.Tests.Properties.FieldGenerators;

namespace ZoneLint.Core.Tests.Properties;

/// <summary>
/// Valid wire RDATA for every type ZoneLint reads in presentation form, field by field after the RFC that defines it,
/// with the constraints the parser checks (DS digest lengths, NSEC3 SHA-1 hashes, APL without trailing zero octets,
/// SVCB keys in order and mandatory keys present, ...). <see cref="Unknown"/> covers types read only as RFC 3597.
/// </summary>
internal static class RdataGenerators
{
    public static readonly IReadOnlyDictionary<ushort, Gen<byte[]>> ByType = Build();

    /// <summary>Types with no presentation form in ZoneLint, with any octets (RFC 3597 §5 allows any, including none).</summary>
    public static readonly Gen<(ushort Type, byte[] Rdata)> Unknown =
        Gen.Elements(RRType.NULL, RRType.NXT, RRType.UINFO, RRType.GID, RRType.CLA, RRType.IPN, (ushort)65280, (ushort)65534, (ushort)1000)
            .SelectMany(type => Bytes(0, 40), (type, rdata) => (type, rdata));

    private static Dictionary<ushort, Gen<byte[]>> Build()
    {
        var name = NameWire;
        var text = Gen.Choose(1, 4).SelectMany(n => Gen.ArrayOf(CharacterString, n)).Select(Concat);
        var someBytes = Bytes(1, 80);
        var table = new Dictionary<ushort, Gen<byte[]>>
        {
            [RRType.A] = IPv4,
            [RRType.AAAA] = Bytes(16, 16),
            [RRType.SOA] = Sequence(name, name, U32, U32, U32, U32, U32),
            [RRType.MX] = Sequence(U16, name),
            [RRType.MINFO] = Sequence(name, name),
            [RRType.HINFO] = Sequence(CharacterString, CharacterString),
            [RRType.RP] = Sequence(name, name),
            [RRType.X25] = CharacterStringOf(DigitByte, 4, 255),
            [RRType.ISDN] = Gen.OneOf(CharacterString, Sequence(CharacterString, CharacterString)),
            [RRType.NSAP] = someBytes,
            [RRType.PX] = Sequence(U16, name, name),
            [RRType.GPOS] = Sequence(CharacterString, CharacterString, CharacterString),
            [RRType.LOC] = Loc(),
            [RRType.SRV] = Sequence(U16, U16, U16, name),
            [RRType.NAPTR] = Sequence(U16, U16, CharacterStringOf(AlphanumericByte, 0, 4), CharacterString, CharacterString, name),
            [RRType.CERT] = Sequence(U16, U16, U8, someBytes),
            [RRType.APL] = Gen.Choose(0, 4).SelectMany(n => Gen.ArrayOf(AplItem(), n)).Select(Concat),
            [RRType.A6] = A6(),
            [RRType.ATMA] = Gen.OneOf(
                Sequence(Gen.Constant(new byte[] { 0 }), someBytes),
                Gen.Choose(1, 15).SelectMany(n => Gen.ArrayOf(DigitByte, n)).Select(d => Concat(new byte[] { 1 }, d))),
            [RRType.SINK] = Sequence(U8, U8, U8, Bytes(0, 40)),
            [RRType.WKS] = Sequence(IPv4, U8, Bytes(0, 30).Where(b => b.Length == 0 || b[b.Length - 1] != 0)),
            [RRType.DNSKEY] = Sequence(U16, U8, U8, someBytes),
            [RRType.KEY] = U16.SelectMany(flags => ((flags[0] & 0xC0) == 0xC0 ? Bytes(0, 40) : someBytes).Select(key => (flags, key)))
                .SelectMany(fk => Sequence(U8, U8), (fk, mid) => Concat(fk.flags, mid, fk.key)),
            [RRType.DS] = DelegationSigner(),
            [RRType.SIG] = Sequence(TypeNumber.Select(t => UInt16(t)), U8, U8, U32, U32, U32, U16, name, someBytes),
            [RRType.NSEC] = Sequence(name, TypeBitmap),
            [RRType.NSEC3] = Nsec3(),
            [RRType.NSEC3PARAM] = Sequence(U8, U8, U16, Salt()),
            [RRType.SSHFP] = Digest(Gen.Choose(0, 5), t => t switch { 1 => 20, 2 => 32, _ => 0 }),
            [RRType.IPSECKEY] = IpsecKey(),
            [RRType.DHCID] = someBytes,
            [RRType.TLSA] = Sequence(U8, U8, U8, someBytes),
            [RRType.HIP] = Hip(),
            [RRType.CSYNC] = Sequence(U32, U16, TypeBitmap),
            [RRType.ZONEMD] = Sequence(U32, Digest(Gen.Choose(0, 4), a => a switch { 1 => 48, 2 => 64, _ => 0 })),
            [RRType.SVCB] = SvcbGenerators.Rdata,
            [RRType.NID] = Sequence(U16, Bytes(8, 8)),
            [RRType.L32] = Sequence(U16, IPv4),
            [RRType.LP] = Sequence(U16, name),
            [RRType.EUI48] = Bytes(6, 6),
            [RRType.EUI64] = Bytes(8, 8),
            [RRType.URI] = Sequence(U16, U16, Gen.Choose(0, 60).SelectMany(n => Gen.ArrayOf(TextByte, n))),
            [RRType.CAA] = Caa(),
            [RRType.DOA] = Sequence(U32, U32, U8, CharacterString, Bytes(0, 40)),
            [RRType.AMTRELAY] = AmtRelay(),
            [RRType.DSYNC] = Sequence(TypeNumber.Select(t => UInt16(t)), U8, U16, name),
        };
        foreach (var type in new[] { RRType.NS, RRType.MD, RRType.MF, RRType.CNAME, RRType.PTR, RRType.DNAME, RRType.MB, RRType.MG, RRType.MR, RRType.NSAPPTR })
            table[type] = name;
        foreach (var type in new[] { RRType.TXT, RRType.SPF, RRType.NINFO, RRType.AVC, RRType.RESINFO, RRType.WALLET }) table[type] = text;
        foreach (var type in new[] { RRType.AFSDB, RRType.RT, RRType.KX }) table[type] = table[RRType.MX];
        foreach (var type in new[] { RRType.CDS, RRType.DLV, RRType.TA }) table[type] = table[RRType.DS];
        table[RRType.CDNSKEY] = table[RRType.DNSKEY];
        table[RRType.RKEY] = Sequence(Gen.Constant(new byte[] { 0, 0 }), U8, U8, someBytes); // RKEY defines no flag: 0
        foreach (var type in new[] { RRType.EID, RRType.NIMLOC, RRType.OPENPGPKEY, RRType.HHIT, RRType.BRID }) table[type] = someBytes;
        // An RRSIG's Labels field counts at least the signer's labels (RFC 4034 §3.1.3, §3.1.7; BIND: out of range).
        table[RRType.RRSIG] = table[RRType.SIG].Select(WithLabelsCoveringSigner);
        table[RRType.SMIMEA] = table[RRType.TLSA];
        table[RRType.TALINK] = table[RRType.MINFO];
        table[RRType.L64] = table[RRType.NID];
        table[RRType.HTTPS] = table[RRType.SVCB];
        return table;
    }

    /// <summary>A digest type and a digest of the length it fixes (any length from 1 where it fixes none).</summary>
    private static Gen<byte[]> Digest(Gen<int> digestType, System.Func<int, int> length) =>
        Sequence(U8, digestType.Select(t => new[] { (byte)t })).SelectMany(
            head => length(head[1]) is int fixedLength and > 0 ? Bytes(fixedLength, fixedLength) : Bytes(1, 64),
            (head, digest) => Concat(head, digest));

    /// <summary>RFC 4034 §5.1: key tag, then algorithm, digest type and digest (SHA-1 20, SHA-256 32, GOST 32, SHA-384 48).</summary>
    private static Gen<byte[]> DelegationSigner() =>
        Sequence(U16, Digest(Gen.Choose(0, 6), t => ZoneLint.Core.Rdata.Mnemonics.DsDigestLength(t)));

    private static Gen<byte[]> Salt() => Bytes(0, 24).Select(s => Concat(new[] { (byte)s.Length }, s));

    /// <summary>RFC 5155 §3.2: a SHA-1 (algorithm 1) hash is 20 octets; other algorithms any length from 1.</summary>
    private static Gen<byte[]> Nsec3() =>
        Gen.Choose(0, 3).SelectMany(algorithm => Sequence(
            Gen.Constant(new[] { (byte)algorithm }), U8, U16, Salt(),
            (algorithm == 1 ? Bytes(20, 20) : Bytes(1, 40)).Select(h => Concat(new[] { (byte)h.Length }, h)),
            TypeBitmap));

    /// <summary>RFC 3123 §4: family 1 or 2, a prefix within it, the address without trailing zero octets, maybe negated.</summary>
    private static Gen<byte[]> AplItem() =>
        Gen.Elements(1, 2).SelectMany(family =>
        {
            int size = family == 1 ? 4 : 16;
            return Gen.Choose(0, size * 8).SelectMany(prefix => Bytes(0, size).Select(TrimZeros), (prefix, address) => (prefix, address))
                .SelectMany(pa => Gen.Elements(0, 0x80), (pa, negated) => Concat(
                    UInt16(family), new[] { (byte)pa.prefix, (byte)(negated | pa.address.Length) }, pa.address));
        });

    private static byte[] TrimZeros(byte[] address)
    {
        int length = address.Length;
        while (length > 0 && address[length - 1] == 0) length--;
        return address.Take(length).ToArray();
    }

    /// <summary>RFC 2874 §3.1: the bits of the suffix that the prefix covers are zero; the prefix name only when the prefix is not 0.</summary>
    private static Gen<byte[]> A6() =>
        Gen.Choose(0, 128).SelectMany(prefix =>
        {
            int suffixLength = (128 - prefix + 7) / 8;
            var suffix = Bytes(suffixLength, suffixLength).Select(s =>
            {
                if (s.Length > 0) s[0] &= (byte)(0xFF >> (prefix % 8));
                return s;
            });
            return prefix > 0 ? Sequence(Gen.Constant(new[] { (byte)prefix }), suffix, NameWire) : Sequence(Gen.Constant(new[] { (byte)prefix }), suffix);
        });

    /// <summary>RFC 4025 §2: precedence, gateway type 0-3, algorithm, gateway, and a key unless the algorithm is 0.</summary>
    private static Gen<byte[]> IpsecKey() =>
        Gen.Choose(0, 3).SelectMany(gatewayType => Gen.Choose(0, 3), (gatewayType, algorithm) => (gatewayType, algorithm))
            .SelectMany(ga => Sequence(
                U8, Gen.Constant(new[] { (byte)ga.gatewayType, (byte)ga.algorithm }), Gateway(ga.gatewayType),
                ga.algorithm == 0 ? Gen.Constant(new byte[0]) : Bytes(0, 40)));

    /// <summary>RFC 8777 §4.2: precedence, the D bit and relay type in one octet, the relay.</summary>
    private static Gen<byte[]> AmtRelay() =>
        Gen.Choose(0, 3).SelectMany(type => Gen.Elements(0, 0x80), (type, discovery) => (type, discovery))
            .SelectMany(td => Sequence(U8, Gen.Constant(new[] { (byte)(td.discovery | td.type) }), Gateway(td.type)));

    private static Gen<byte[]> Gateway(int type) => type switch
    {
        0 => Gen.Constant(new byte[0]),
        1 => IPv4,
        2 => IPv6,
        _ => NameWire,
    };

    /// <summary>RFC 8005 §5: HIT length, algorithm, key length, HIT, key, rendezvous servers.</summary>
    private static Gen<byte[]> Hip() =>
        Bytes(1, 32).SelectMany(hit => Bytes(1, 80), (hit, key) => (hit, key))
            .SelectMany(hk => Gen.Choose(0, 3).SelectMany(n => Gen.ArrayOf(NameWire, n)), (hk, servers) => (hk.hit, hk.key, servers))
            .SelectMany(h => U8, (h, algorithm) => Concat(
                new[] { (byte)h.hit.Length, algorithm[0] }, UInt16(h.key.Length), h.hit, h.key, Concat(h.servers)));

    /// <summary>RFC 8659 §4.1: flags, a tag of 1 to 15 letters and digits, any value.</summary>
    private static Gen<byte[]> Caa() =>
        Sequence(U8, CharacterStringOf(AlphanumericByte, 1, 15), Gen.Choose(0, 60).SelectMany(n => Gen.ArrayOf(TextByte, n)));

    /// <summary>
    /// RFC 1876 §2: version 0; size and precisions as a digit and a power of ten (0 only as 0x00, the form the text
    /// normalises to); latitude within 90° and longitude within 180° of 2^31 in thousandths of a second; any altitude.
    /// </summary>
    private static Gen<byte[]> Loc()
    {
        var precision = Gen.Frequency((1, Gen.Constant(0)), (9, Gen.Choose(1, 9).SelectMany(m => Gen.Choose(0, 9), (m, e) => m << 4 | e)))
            .Select(v => new[] { (byte)v });
        Gen<byte[]> Coordinate(int degrees) => Gen.Frequency(
                (1, Gen.Elements(-degrees * 3600000, 0, degrees * 3600000)), (4, Gen.Choose(-degrees * 3600000, degrees * 3600000)))
            .Select(offset => UInt32((uint)((1L << 31) + offset)));
        return Sequence(Gen.Constant(new byte[] { 0 }), precision, precision, precision, Coordinate(90), Coordinate(180), U32);
    }

    public static string Describe(byte[] rdata) => RdataText.Hex(rdata) + (rdata.Length > 0 ? $" ({Encoding.ASCII.GetString(rdata.Select(b => b is >= 0x20 and < 0x7F ? b : (byte)'.').ToArray())})" : string.Empty);

    /// <summary>The RRSIG wire with its Labels octet raised to the number of labels of the signer after the fixed fields.</summary>
    private static byte[] WithLabelsCoveringSigner(byte[] wire)
    {
        const int signerAt = 18; // type covered 2, algorithm 1, labels 1, original TTL 4, expiration 4, inception 4, key tag 2
        int labels = 0;
        for (int i = signerAt; wire[i] != 0; i += 1 + wire[i]) labels++;
        var copy = (byte[])wire.Clone();
        copy[3] = (byte)System.Math.Max(copy[3], labels);
        return copy;
    }
}
