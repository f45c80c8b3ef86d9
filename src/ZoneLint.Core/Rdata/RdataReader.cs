using System.Collections.Generic;
using ZoneLint.Core.Model;

namespace ZoneLint.Core.Rdata;

/// <summary>
/// Reads the fields of one RDATA in order, as dnspython's typed token helpers do. Each type's parser is written
/// once against this class and runs over either form: <see cref="TextRdataReader"/> reads presentation tokens
/// and builds the wire form; <see cref="WireRdataReader"/> checks the wire form given with RFC 3597's `\#`.
/// Every method names its field, so every error names the field and the type in the same words.
/// </summary>
internal abstract class RdataReader
{
    protected RdataReader(ushort type)
    {
        Type = type;
        TypeName = RRType.ToName(type);
    }

    public ushort Type { get; private set; }

    public string TypeName { get; private set; }

    /// <summary>Starts over for another record's RDATA (a parser reads every record with one reader).</summary>
    protected void Reset(ushort type)
    {
        if (type != Type)
        {
            Type = type;
            TypeName = RRType.ToName(type);
        }
        Names.Clear();
        Strings.Clear();
    }

    public List<NameField> Names { get; } = new();

    public List<CharacterString> Strings { get; } = new();

    /// <summary>No field is left to read.</summary>
    public abstract bool AtEnd { get; }

    /// <summary>An 8-bit number, or one of <paramref name="mnemonics"/> in presentation form.</summary>
    public abstract int UInt8(string field, IReadOnlyDictionary<string, int>? mnemonics = null);

    public abstract int UInt16(string field, IReadOnlyDictionary<string, int>? mnemonics = null);

    /// <summary>KEY and DNSKEY flags: a 16-bit number, or in presentation form <see cref="Mnemonics.KeyFlags"/> joined with `|`.</summary>
    public virtual int KeyFlags(string field) => UInt16(field);

    public abstract uint UInt32(string field);

    /// <summary>A 32-bit number of seconds that may be written with units (SOA timers, RRSIG original TTL).</summary>
    public abstract uint Period(string field);

    /// <summary>An RRSIG time: YYYYMMDDHHmmSS in UTC, or seconds since 1970 (RFC 4034 §3.2).</summary>
    public abstract uint Time(string field);

    /// <summary>A type, as a mnemonic or TYPEnnn (RRSIG type covered, DSYNC type).</summary>
    public abstract ushort TypeCode(string field);

    public abstract DomainName Name(string field);

    /// <summary>One character-string (RFC 1035 §3.3): a length octet and up to 255 octets.</summary>
    public abstract byte[] CharacterString(string field);

    /// <summary>One or more character-strings to the end of the RDATA (TXT).</summary>
    public void CharacterStrings(string field)
    {
        CharacterString(field);
        while (!AtEnd) CharacterString(field);
    }

    public abstract void IPv4(string field);

    public abstract void IPv6(string field);

    /// <summary>Base64 to the end of the RDATA; may span several tokens.</summary>
    public abstract int Base64(string field, bool optional = false);

    /// <summary>Hex to the end of the RDATA; may span several tokens. Returns the number of octets.</summary>
    public abstract int Hex(string field, bool optional = false);

    /// <summary>A length octet and hex, written `-` when empty (NSEC3 salt, RFC 5155 §3.3).</summary>
    public abstract void Salt(string field);

    /// <summary>A length octet and base32hex, unpadded (NSEC3 next hashed owner name, RFC 5155 §3.3).</summary>
    /// <returns>The number of octets of the hash.</returns>
    public abstract int NextHashedOwner(string field);

    /// <summary>The type bitmap of NSEC, NSEC3 and CSYNC (RFC 4034 §4.1.2), to the end of the RDATA; may be empty.</summary>
    public abstract void TypeBitmap(string field);

    /// <summary>A fixed number of octets with a type-specific presentation form (EUI-48, ILNP locator).</summary>
    public abstract void Fixed(string field, int length, TextDecoder decode);

    /// <summary>Checks that nothing is left after the last field.</summary>
    public abstract void End();

    /// <summary>An error about a field read last (or about <paramref name="field"/> as a whole).</summary>
    public abstract RdataException Invalid(string field, string reason);
}

/// <summary>Decodes the presentation form of a field into octets; returns null, or why the text is not valid.</summary>
internal delegate string? TextDecoder(string text, List<byte> output);
