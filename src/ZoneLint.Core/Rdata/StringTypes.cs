using System.Text;

namespace ZoneLint.Core.Rdata;

/// <summary>Types made mostly of text: NAPTR, X25, ISDN, URI, CAA, DOA.</summary>
internal static class StringTypes
{
    /// <summary>RFC 3403 §4.1. BIND also requires the flags to be letters and digits (RFC 3404 §4.3).</summary>
    public static void Naptr(RdataReader r)
    {
        r.UInt16("order");
        r.UInt16("preference");
        var flags = r.CharacterString("flags");
        foreach (byte b in flags)
        {
            if (!IsAlphanumeric(b)) throw r.Invalid("flags", $"'{(char)b}' is not a letter or digit (RFC 3404 §4.3)");
        }
        r.CharacterString("services");
        r.CharacterString("regexp");
        r.Name("replacement");
    }

    /// <summary>RFC 1183 §3.1: a PSDN address of at least four digits (BIND checks both).</summary>
    public static void X25(RdataReader r)
    {
        var address = r.CharacterString("PSDN address");
        if (r is not TextRdataReader) return;
        if (address.Length < 4) throw r.Invalid("PSDN address", "it has fewer than four digits");
        foreach (byte b in address)
        {
            if (b < '0' || b > '9') throw r.Invalid("PSDN address", $"'{(char)b}' is not a digit");
        }
    }

    /// <summary>RFC 1183 §3.2: an ISDN address and an optional subaddress.</summary>
    public static void Isdn(RdataReader r)
    {
        r.CharacterString("ISDN address");
        if (!r.AtEnd) r.CharacterString("subaddress");
    }

    /// <summary>RFC 7553 §4: priority, weight and the target URI, which is a quoted string of any length (BIND requires the quotes).</summary>
    public static void Uri(RdataReader r)
    {
        r.UInt16("priority");
        r.UInt16("weight");
        if (r is WireRdataReader wire)
        {
            wire.Take("target", wire.Remaining);
            return;
        }
        var text = (TextRdataReader)r;
        var token = text.Next("target", quotedAllowed: true);
        if (!token.IsQuoted) throw text.Invalid(token, "target", $"write the URI in double quotes, \"{token.Text}\" (RFC 7553 §4.5)");
        text.Wire.AddRange(text.Decode(token, "target"));
    }

    /// <summary>RFC 8659 §4.1: flags, a tag of letters and digits, and a value of any length, quoted or not.</summary>
    public static void Caa(RdataReader r)
    {
        r.UInt8("flags");
        if (r is WireRdataReader wire)
        {
            int length = wire.UInt8("tag length");
            if (length == 0) throw wire.Invalid("tag", "it is empty");
            CheckTag(wire, wire.Take("tag", length));
            wire.Take("value", wire.Remaining);
            return;
        }
        var text = (TextRdataReader)r;
        var tag = text.Next("tag");
        var tagOctets = text.Decode(tag, "tag");
        if (tagOctets.Length == 0) throw text.Invalid(tag, "tag", "it is empty");
        if (tagOctets.Length > 255) throw text.Invalid(tag, "tag", "it is over 255 octets");
        CheckTag(r, tagOctets);
        text.Wire.Add((byte)tagOctets.Length);
        text.Wire.AddRange(tagOctets);
        var value = text.Next("value", quotedAllowed: true);
        text.Wire.AddRange(text.Decode(value, "value"));
    }

    private static void CheckTag(RdataReader r, byte[] tag)
    {
        foreach (byte b in tag)
        {
            if (!IsAlphanumeric(b)) throw r.Invalid("tag", $"'{Encoding.UTF8.GetString(tag)}' has '{(char)b}'; a tag is letters and digits only (RFC 8659 §4.1)");
        }
    }

    /// <summary>Digital Object Architecture (IANA registration): enterprise, type, location, media type, data (base64, or `-` for none).</summary>
    public static void Doa(RdataReader r)
    {
        r.UInt32("enterprise");
        r.UInt32("type");
        r.UInt8("location");
        r.CharacterString("media type");
        if (r is TextRdataReader text && text.Peek() is { IsQuoted: false, Text: "-" })
        {
            text.Next("data");
            text.End();
            return;
        }
        r.Base64("data", optional: r is WireRdataReader);
    }

    private static bool IsAlphanumeric(byte b) => (b >= '0' && b <= '9') || (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z');
}
