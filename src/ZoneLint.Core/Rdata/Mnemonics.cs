using System;
using System.Collections.Generic;

namespace ZoneLint.Core.Rdata;

/// <summary>The symbolic values some numeric fields may be written as, besides the number.</summary>
internal static class Mnemonics
{
    /// <summary>DNSSEC algorithm numbers (IANA "DNS Security Algorithm Numbers"; RFC 4034 Appendix A.1).</summary>
    public static readonly IReadOnlyDictionary<string, int> Algorithms = Table(
        ("RSAMD5", 1), ("DH", 2), ("DSA", 3), ("ECC", 4), ("RSASHA1", 5), ("DSA-NSEC3-SHA1", 6),
        ("RSASHA1-NSEC3-SHA1", 7), ("NSEC3RSASHA1", 7), ("NSEC3DSA", 6), ("RSASHA256", 8), ("RSASHA512", 10),
        ("ECC-GOST", 12), ("ECDSAP256SHA256", 13), ("ECDSAP384SHA384", 14), ("ED25519", 15), ("ED448", 16),
        ("SM2SM3", 17), ("ECC-GOST12", 23), ("INDIRECT", 252), ("PRIVATEDNS", 253), ("PRIVATEOID", 254));

    /// <summary>CERT certificate types (RFC 4398 §2.1).</summary>
    public static readonly IReadOnlyDictionary<string, int> CertificateTypes = Table(
        ("PKIX", 1), ("SPKI", 2), ("PGP", 3), ("IPKIX", 4), ("ISPKI", 5), ("IPGP", 6), ("ACPKIX", 7), ("IACPKIX", 8),
        ("URI", 253), ("OID", 254));

    /// <summary>DS digest types (IANA "Delegation Signer (DS) Resource Record Digest Algorithms"), as BIND spells them.</summary>
    public static readonly IReadOnlyDictionary<string, int> DigestTypes = Table(
        ("SHA-1", 1), ("SHA1", 1), ("SHA-256", 2), ("SHA256", 2), ("GOST", 3), ("SHA-384", 4), ("SHA384", 4));

    /// <summary>DSYNC schemes (RFC 9859 §6).</summary>
    public static readonly IReadOnlyDictionary<string, int> DsyncSchemes = Table(("NOTIFY", 1));

    /// <summary>
    /// The KEY and DNSKEY flag names BIND reads, each joined to others with `|` (`ZONE|SIG15`): the fields of RFC 2535
    /// §3.1.2 (key use, extension, name type, signatory) and the SEP bit as KSK (RFC 4034 §2.1.1).
    /// </summary>
    public static readonly IReadOnlyDictionary<string, int> KeyFlags = Table(
        ("NOCONF", 0x4000), ("NOAUTH", 0x8000), ("NOKEY", 0xC000), ("FLAG2", 0x2000), ("EXTEND", 0x1000), ("FLAG4", 0x0800),
        ("FLAG5", 0x0400), ("USER", 0x0000), ("ZONE", 0x0100), ("HOST", 0x0200), ("NTYP3", 0x0300), ("FLAG8", 0x0080),
        ("FLAG9", 0x0040), ("FLAG10", 0x0020), ("FLAG11", 0x0010), ("SIG0", 0), ("SIG1", 1), ("SIG2", 2), ("SIG3", 3),
        ("SIG4", 4), ("SIG5", 5), ("SIG6", 6), ("SIG7", 7), ("SIG8", 8), ("SIG9", 9), ("SIG10", 10), ("SIG11", 11),
        ("SIG12", 12), ("SIG13", 13), ("SIG14", 14), ("SIG15", 15), ("KSK", 0x0001));

    public static readonly IReadOnlyDictionary<string, int> None = Table();

    /// <summary>The expected digest length for a DS digest type, or 0 when the type does not fix one.</summary>
    public static int DsDigestLength(int digestType) => digestType switch { 1 => 20, 2 => 32, 3 => 32, 4 => 48, _ => 0 };

    private static IReadOnlyDictionary<string, int> Table(params (string Name, int Value)[] entries)
    {
        var table = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, value) in entries) table[name] = value;
        return table;
    }
}
