using System.Collections.Generic;

namespace ZoneLint.Core.Rdata;

/// <summary>DNSSEC and other key and digest types: DS family, keys, signatures, SSHFP, TLSA, IPSECKEY, HIP, ZONEMD.</summary>
internal static class DnssecTypes
{
    /// <summary>DS, CDS, DLV, TA (RFC 4034 §5.3). The digest length is checked for the digest types that fix it, as BIND does.</summary>
    public static void DelegationSigner(RdataReader r)
    {
        r.UInt16("key tag");
        r.UInt8("algorithm", Mnemonics.Algorithms);
        int digestType = r.UInt8("digest type", Mnemonics.DigestTypes);
        int length = r.Hex("digest");
        int expected = Mnemonics.DsDigestLength(digestType);
        if (expected != 0 && length != expected)
            throw r.Invalid("digest", $"digest type {digestType} digests are {expected} octets ({expected * 2} hex digits), this one is {length}");
    }

    /// <summary>
    /// DNSKEY, CDNSKEY (RFC 4034 §2.2), RKEY (whose flags are all reserved and must be 0, as BIND checks) and KEY
    /// (RFC 2535 §3.1.2, where flags with both NOKEY bits set mean no key).
    /// </summary>
    public static void Key(RdataReader r)
    {
        int flags = r.KeyFlags("flags");
        if (r.Type == Model.RRType.RKEY && flags != 0) throw r.Invalid("flags", $"{flags}: RKEY defines no flag, so the field must be 0");
        r.UInt8("protocol");
        r.UInt8("algorithm", Mnemonics.Algorithms);
        bool noKey = r.Type == Model.RRType.KEY && (flags & 0xC000) == 0xC000;
        r.Base64("public key", optional: noKey);
    }

    /// <summary>
    /// RRSIG (RFC 4034 §3.2) and SIG (RFC 2535 §4.1). An RRSIG's signer is the zone apex above its owner (RFC 4034
    /// §3.1.7), so it has no more labels than the Labels field counts in the owner (§3.1.3): BIND rejects one with more
    /// as out of range.
    /// </summary>
    public static void Signature(RdataReader r)
    {
        r.TypeCode("type covered");
        r.UInt8("algorithm", Mnemonics.Algorithms);
        int labels = r.UInt8("labels");
        r.Period("original TTL");
        r.Time("signature expiration");
        r.Time("signature inception");
        r.UInt16("key tag");
        var signer = r.Name("signer's name");
        if (r.Type == Model.RRType.RRSIG && signer.LabelCount > labels)
        {
            throw r.Invalid("signer's name",
                $"{signer} has {signer.LabelCount} labels, more than the {labels} of the Labels field; the signer is the zone above the owner, so it cannot have more (RFC 4034 §3.1.3, §3.1.7)");
        }
        r.Base64("signature");
    }

    /// <summary>RFC 4255 §3.1; the fingerprint length is checked for SHA-1 and SHA-256 (RFC 6594), as BIND does.</summary>
    public static void Sshfp(RdataReader r)
    {
        r.UInt8("algorithm");
        int type = r.UInt8("fingerprint type");
        int length = r.Hex("fingerprint");
        int expected = type switch { 1 => 20, 2 => 32, _ => 0 };
        if (expected != 0 && length != expected)
            throw r.Invalid("fingerprint", $"fingerprint type {type} fingerprints are {expected} octets ({expected * 2} hex digits), this one is {length}");
    }

    /// <summary>TLSA (RFC 6698 §2.2) and SMIMEA (RFC 8162).</summary>
    public static void Tlsa(RdataReader r)
    {
        r.UInt8("certificate usage");
        r.UInt8("selector");
        r.UInt8("matching type");
        r.Hex("certificate association data");
    }

    /// <summary>RFC 8976 §2.2; the digest length is checked for SHA-384 and SHA-512, as BIND does.</summary>
    public static void ZoneDigest(RdataReader r)
    {
        r.UInt32("serial");
        r.UInt8("scheme");
        int algorithm = r.UInt8("hash algorithm");
        int length = r.Hex("digest");
        int expected = algorithm switch { 1 => 48, 2 => 64, _ => 0 };
        if (expected != 0 && length != expected)
            throw r.Invalid("digest", $"hash algorithm {algorithm} digests are {expected} octets ({expected * 2} hex digits), this one is {length}");
    }

    /// <summary>RFC 4025 §2: precedence, gateway type, algorithm, gateway, and a public key unless the algorithm is 0.</summary>
    public static void IpsecKey(RdataReader r)
    {
        r.UInt8("precedence");
        int gatewayType = r.UInt8("gateway type");
        if (gatewayType > 3) throw r.Invalid("gateway type", $"{gatewayType} is not 0 (none), 1 (IPv4), 2 (IPv6) or 3 (domain name)");
        int algorithm = r.UInt8("algorithm");
        Gateway(r, gatewayType, "gateway");
        // RFC 4025 §2.4: algorithm 0 means no key is present.
        if (algorithm == 0 && !r.AtEnd)
        {
            const string reason = "algorithm 0 means there is no key (RFC 4025 §2.4), but one is given";
            throw r is TextRdataReader text ? text.Invalid(text.Peek()!.Value, "public key", reason) : r.Invalid("public key", reason);
        }
        r.Base64("public key", optional: true);
    }

    /// <summary>The gateway or relay of IPSECKEY (RFC 4025 §2.5) and AMTRELAY (RFC 8777 §4.2.3): none (`.`), IPv4, IPv6 or a name.</summary>
    public static void Gateway(RdataReader r, int type, string field)
    {
        switch (type)
        {
            case 0:
                if (r is TextRdataReader text)
                {
                    var token = text.Next(field);
                    if (token.Text != ".") throw text.Invalid(token, field, $"type 0 has no {field}; write '.'");
                }
                break;
            case 1: r.IPv4(field); break;
            case 2: r.IPv6(field); break;
            case 3: r.Name(field); break;
        }
    }

    /// <summary>RFC 8005 §3: algorithm, HIT (hex), public key (base64), then rendezvous servers. Wire puts the lengths first.</summary>
    public static void Hip(RdataReader r)
    {
        if (r is WireRdataReader wire)
        {
            int hitLength = wire.UInt8("HIT length");
            wire.UInt8("PK algorithm");
            int keyLength = wire.UInt16("PK length");
            if (hitLength == 0) throw wire.Invalid("HIT", "it is empty");
            wire.Take("HIT", hitLength);
            wire.Take("public key", keyLength);
            while (!wire.AtEnd) wire.Name("rendezvous server");
            return;
        }
        var text = (TextRdataReader)r;
        var algorithmToken = text.Next("PK algorithm");
        string? error = TextCodec.ParseNumber(algorithmToken.Text, byte.MaxValue, out ulong algorithm);
        if (error != null) throw text.Invalid(algorithmToken, "PK algorithm", error);
        var hit = Decode(text, "HIT", TextCodec.DecodeHex, 255);
        var key = Decode(text, "public key", TextCodec.DecodeBase64, ushort.MaxValue);
        text.Wire.Add((byte)hit.Count);
        text.Wire.Add((byte)algorithm);
        text.WriteUInt16(key.Count);
        text.Wire.AddRange(hit);
        text.Wire.AddRange(key);
        while (!text.AtEnd) text.Name("rendezvous server");
    }

    private static List<byte> Decode(TextRdataReader text, string field, TextDecoder decode, int max)
    {
        var token = text.Next(field);
        var buffer = new List<byte>();
        string? error = decode(token.Text, buffer);
        if (error != null) throw text.Invalid(token, field, error);
        if (buffer.Count == 0 || buffer.Count > max) throw text.Invalid(token, field, $"it is {buffer.Count} octets; it must be 1 to {max}");
        return buffer;
    }
}
