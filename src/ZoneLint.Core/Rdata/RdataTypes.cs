using System;
using System.Collections.Generic;
using ZoneLint.Core.Model;

namespace ZoneLint.Core.Rdata;

/// <summary>How one type's RDATA is read. <see cref="AllowsEmpty"/>: zero-length RDATA is valid (APL, RFC 3123 §4).</summary>
internal sealed class RdataSpec
{
    public RdataSpec(Action<RdataReader> read, bool allowsEmpty = false)
    {
        Read = read;
        AllowsEmpty = allowsEmpty;
    }

    public Action<RdataReader> Read { get; }

    public bool AllowsEmpty { get; }
}

/// <summary>
/// The RDATA of every type ZoneLint knows, field by field, in the order and with the names of the RFC that defines it.
/// A type that is missing here can only be written in RFC 3597's generic form.
/// </summary>
internal static class RdataTypes
{
    private static readonly Dictionary<ushort, RdataSpec> Table = new()
    {
        // RFC 1035 §3.3 and §3.4; RFC 3596 (AAAA).
        [RRType.A] = new(r => r.IPv4("address")),
        [RRType.AAAA] = new(r => r.IPv6("address")),
        [RRType.NS] = Target(),
        [RRType.MD] = Target(),
        [RRType.MF] = Target(),
        [RRType.CNAME] = Target(),
        [RRType.PTR] = Target(),
        [RRType.DNAME] = Target(), // RFC 6672
        [RRType.MB] = new(r => r.Name("mailbox")),
        [RRType.MG] = new(r => r.Name("mailbox")),
        [RRType.MR] = new(r => r.Name("mailbox")),
        [RRType.NSAPPTR] = Target(), // RFC 1348
        [RRType.SOA] = new(Soa),
        [RRType.MX] = new(r => { r.UInt16("preference"); r.Name("exchange"); }),
        [RRType.MINFO] = new(r => { r.Name("RMAILBX"); r.Name("EMAILBX"); }),
        [RRType.HINFO] = new(r => { r.CharacterString("CPU"); r.CharacterString("OS"); }),
        [RRType.TXT] = Text(),

        // RFC 1183.
        [RRType.RP] = new(r => { r.Name("mailbox"); r.Name("TXT domain"); }),
        [RRType.AFSDB] = new(r => { r.UInt16("subtype"); r.Name("hostname"); }),
        [RRType.X25] = new(StringTypes.X25),
        [RRType.ISDN] = new(StringTypes.Isdn),
        [RRType.RT] = new(r => { r.UInt16("preference"); r.Name("intermediate host"); }),

        [RRType.NSAP] = new(AddressTypes.Nsap), // RFC 1706
        [RRType.PX] = new(r => { r.UInt16("preference"); r.Name("MAP822"); r.Name("MAPX400"); }), // RFC 2163
        [RRType.GPOS] = new(r => { r.CharacterString("longitude"); r.CharacterString("latitude"); r.CharacterString("altitude"); }), // RFC 1712
        [RRType.LOC] = new(LocType.Read), // RFC 1876
        [RRType.EID] = new(r => r.Hex("endpoint identifier")),
        [RRType.NIMLOC] = new(r => r.Hex("locator")),
        [RRType.SRV] = new(r => { r.UInt16("priority"); r.UInt16("weight"); r.UInt16("port"); r.Name("target"); }), // RFC 2782
        [RRType.NAPTR] = new(StringTypes.Naptr), // RFC 3403
        [RRType.KX] = new(r => { r.UInt16("preference"); r.Name("exchanger"); }), // RFC 2230
        [RRType.CERT] = new(r => // RFC 4398
        {
            r.UInt16("certificate type", Mnemonics.CertificateTypes);
            r.UInt16("key tag");
            r.UInt8("algorithm", Mnemonics.Algorithms);
            r.Base64("certificate");
        }),
        [RRType.APL] = new(AddressTypes.Apl, allowsEmpty: true), // RFC 3123
        [RRType.A6] = new(AddressTypes.A6), // RFC 2874, historic
        [RRType.ATMA] = new(AddressTypes.Atma),
        [RRType.SINK] = new(r => { r.UInt8("meaning"); r.UInt8("coding"); r.UInt8("subcoding"); r.Base64("data", optional: true); }),
        [RRType.WKS] = new(AddressTypes.Wks), // RFC 1035 §3.4.2

        // DNSSEC: RFC 4034, 5155, 2535 (KEY, SIG), 7344 (CDS, CDNSKEY), 4431 (DLV).
        [RRType.DS] = new(DnssecTypes.DelegationSigner),
        [RRType.CDS] = new(DnssecTypes.DelegationSigner),
        [RRType.DLV] = new(DnssecTypes.DelegationSigner),
        [RRType.TA] = new(DnssecTypes.DelegationSigner),
        [RRType.DNSKEY] = new(DnssecTypes.Key),
        [RRType.CDNSKEY] = new(DnssecTypes.Key),
        [RRType.KEY] = new(DnssecTypes.Key),
        [RRType.RKEY] = new(DnssecTypes.Key),
        [RRType.RRSIG] = new(DnssecTypes.Signature),
        [RRType.SIG] = new(DnssecTypes.Signature),
        [RRType.NSEC] = new(r => { r.Name("next domain name"); r.TypeBitmap("type bitmap"); }),
        [RRType.NSEC3] = new(r =>
        {
            int algorithm = r.UInt8("hash algorithm");
            r.UInt8("flags");
            r.UInt16("iterations");
            r.Salt("salt");
            int length = r.NextHashedOwner("next hashed owner name");
            // RFC 5155 §3.3: the hash is the algorithm's length; SHA-1 (algorithm 1) gives 20 octets.
            if (algorithm == 1 && length != 20)
                throw r.Invalid("next hashed owner name", $"a SHA-1 hash is 20 octets, this one is {length}");
            r.TypeBitmap("type bitmap");
        }),
        [RRType.NSEC3PARAM] = new(r => { r.UInt8("hash algorithm"); r.UInt8("flags"); r.UInt16("iterations"); r.Salt("salt"); }),
        [RRType.SSHFP] = new(DnssecTypes.Sshfp), // RFC 4255
        [RRType.IPSECKEY] = new(DnssecTypes.IpsecKey), // RFC 4025
        [RRType.DHCID] = new(r => r.Base64("digest")), // RFC 4701
        [RRType.TLSA] = new(DnssecTypes.Tlsa), // RFC 6698
        [RRType.SMIMEA] = new(DnssecTypes.Tlsa), // RFC 8162
        [RRType.HIP] = new(DnssecTypes.Hip), // RFC 8005
        [RRType.OPENPGPKEY] = new(r => r.Base64("public key")), // RFC 7929
        [RRType.CSYNC] = new(r => { r.UInt32("SOA serial"); r.UInt16("flags"); r.TypeBitmap("type bitmap"); }), // RFC 7477
        [RRType.ZONEMD] = new(DnssecTypes.ZoneDigest), // RFC 8976
        [RRType.HHIT] = new(r => r.Base64("HHIT")),
        [RRType.BRID] = new(r => r.Base64("BRID")),

        [RRType.SVCB] = new(SvcbType.Read), // RFC 9460
        [RRType.HTTPS] = new(SvcbType.Read),
        [RRType.SPF] = Text(), // RFC 4408 §3.1.1
        [RRType.NINFO] = Text(),
        [RRType.AVC] = Text(),
        [RRType.RESINFO] = Text(), // RFC 9606
        [RRType.WALLET] = Text(),
        [RRType.TALINK] = new(r => { r.Name("previous name"); r.Name("next name"); }),

        // ILNP, RFC 6742; EUI, RFC 7043.
        [RRType.NID] = new(r => { r.UInt16("preference"); r.Fixed("node ID", 8, AddressTypes.ParseLocator64); }),
        [RRType.L32] = new(r => { r.UInt16("preference"); r.IPv4("locator"); }),
        [RRType.L64] = new(r => { r.UInt16("preference"); r.Fixed("locator", 8, AddressTypes.ParseLocator64); }),
        [RRType.LP] = new(r => { r.UInt16("preference"); r.Name("FQDN"); }),
        [RRType.EUI48] = new(r => r.Fixed("address", 6, AddressTypes.ParseEui)),
        [RRType.EUI64] = new(r => r.Fixed("address", 8, AddressTypes.ParseEui)),

        [RRType.URI] = new(StringTypes.Uri), // RFC 7553
        [RRType.CAA] = new(StringTypes.Caa), // RFC 8659
        [RRType.DOA] = new(StringTypes.Doa),
        [RRType.AMTRELAY] = new(AddressTypes.AmtRelay), // RFC 8777
        [RRType.DSYNC] = new(r => // RFC 9859
        {
            r.TypeCode("type");
            r.UInt8("scheme", Mnemonics.DsyncSchemes);
            r.UInt16("port");
            r.Name("target");
        }),
    };

    public static RdataSpec? Find(ushort type) => Table.TryGetValue(type, out var spec) ? spec : null;

    private static RdataSpec Target() => new(r => r.Name("target"));

    private static RdataSpec Text() => new(r => r.CharacterStrings("text"));

    private static void Soa(RdataReader r)
    {
        r.Name("MNAME");
        r.Name("RNAME");
        r.UInt32("serial");
        r.Period("refresh");
        r.Period("retry");
        r.Period("expire");
        r.Period("minimum");
    }
}
