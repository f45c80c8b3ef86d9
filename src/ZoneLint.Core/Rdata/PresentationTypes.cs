using System;
using System.Collections.Generic;
using System.Text;
using ZoneLint.Core.Model;

namespace ZoneLint.Core.Rdata;

/// <summary>
/// The presentation form of the types whose text is not a plain sequence of <see cref="RdataReader"/> fields
/// (their readers take a text path of their own): lengths that the text leaves out, flag bits written as fields,
/// lists inside one token. Every other type is written by running its <see cref="RdataSpec"/> over a
/// <see cref="PresentationWriter"/>.
/// </summary>
internal static class PresentationTypes
{
    private const int SvcbMandatory = 0, SvcbAlpn = 1, SvcbEch = 5, SvcbIpv4Hint = 4, SvcbIpv6Hint = 6;

    private static readonly string[] SvcbKeyNames = { "mandatory", "alpn", "no-default-alpn", "port", "ipv4hint", "ech", "ipv6hint", "dohpath", "ohttp" };

    private static readonly Dictionary<ushort, Action<PresentationWriter>> Table = new()
    {
        [RRType.APL] = Apl,
        [RRType.WKS] = Wks,
        [RRType.NSAP] = w => w.Word("0x" + Hex(w.Wire.Take("NSAP", w.Wire.Remaining))),
        [RRType.AMTRELAY] = AmtRelay,
        [RRType.A6] = A6,
        [RRType.ATMA] = Atma,
        [RRType.URI] = w => { w.UInt16("priority"); w.UInt16("weight"); Quoted(w, w.Wire.Take("target", w.Wire.Remaining)); },
        [RRType.CAA] = Caa,
        [RRType.DOA] = Doa,
        [RRType.HIP] = Hip,
        [RRType.IPSECKEY] = IpsecKey,
        [RRType.LOC] = LocPresentation.Write,
        [RRType.SVCB] = Svcb,
        [RRType.HTTPS] = Svcb,
    };

    public static Action<PresentationWriter>? Find(ushort type) => Table.TryGetValue(type, out var write) ? write : null;

    /// <summary>RFC 3123 §5: `[!]afi:address/prefix`, the address with the octets the wire leaves out written as zeros.</summary>
    private static void Apl(PresentationWriter w)
    {
        while (!w.AtEnd)
        {
            int family = w.Wire.UInt16("address family");
            int prefix = w.Wire.UInt8("prefix");
            int lengthOctet = w.Wire.UInt8("address length");
            int size = family switch { 1 => 4, 2 => 16, _ => throw w.Invalid("address family", $"{family} has no presentation form") };
            var address = new byte[size];
            var octets = w.Wire.Take("address", Math.Min(lengthOctet & 0x7F, size));
            Array.Copy(octets, address, octets.Length);
            var sb = w.Field();
            if ((lengthOctet & 0x80) != 0) sb.Append('!');
            sb.Append(family).Append(':');
            if (family == 1) PresentationCodec.AppendIPv4(sb, address, 0);
            else PresentationCodec.AppendIPv6(sb, address, 0);
            sb.Append('/').Append(prefix);
        }
    }

    /// <summary>RFC 1035 §3.4.2: address, protocol number, then the port of every bit set in the bitmap.</summary>
    private static void Wks(PresentationWriter w)
    {
        w.IPv4("address");
        w.UInt8("protocol");
        var bitmap = w.Wire.Take("bitmap", w.Wire.Remaining);
        for (int port = 0; port < bitmap.Length * 8; port++)
        {
            if ((bitmap[port >> 3] & (0x80 >> (port & 7))) != 0) w.Word(PresentationCodec.Number(port));
        }
    }

    /// <summary>RFC 8777 §4.3: precedence, the discovery-optional bit, the relay type, the relay.</summary>
    private static void AmtRelay(PresentationWriter w)
    {
        w.UInt8("precedence");
        int typeOctet = w.Wire.UInt8("relay type");
        w.Word((typeOctet >> 7).ToString(System.Globalization.CultureInfo.InvariantCulture));
        w.Word(PresentationCodec.Number(typeOctet & 0x7F));
        Gateway(w, typeOctet & 0x7F, "relay");
    }

    /// <summary>RFC 4025 §2: the gateway after the algorithm, `.` when there is none, and the key, if any.</summary>
    private static void IpsecKey(PresentationWriter w)
    {
        w.UInt8("precedence");
        int gatewayType = w.UInt8("gateway type");
        w.UInt8("algorithm");
        Gateway(w, gatewayType, "gateway");
        w.Base64("public key", optional: true);
    }

    private static void Gateway(PresentationWriter w, int type, string field)
    {
        switch (type)
        {
            case 0: w.Word("."); break;
            case 1: w.IPv4(field); break;
            case 2: w.IPv6(field); break;
            case 3: w.Name(field); break;
            default: throw w.Invalid(field, $"type {type} has no presentation form");
        }
    }

    /// <summary>RFC 2874 §3.1.1: the suffix written as a whole IPv6 address, the octets the prefix covers as zeros.</summary>
    private static void A6(PresentationWriter w)
    {
        int prefix = w.UInt8("prefix length");
        int suffixLength = (128 - prefix + 7) / 8;
        if (prefix <= 128 && suffixLength > 0)
        {
            var address = new byte[16];
            var suffix = w.Wire.Take("address suffix", suffixLength);
            Array.Copy(suffix, 0, address, 16 - suffixLength, suffixLength);
            PresentationCodec.AppendIPv6(w.Field(), address, 0);
        }
        if (prefix > 0) w.Name("prefix name");
    }

    /// <summary>ATMA: format 1 is an E.164 number written `+digits`; format 0 an AESA in hex.</summary>
    private static void Atma(PresentationWriter w)
    {
        int format = w.Wire.UInt8("format");
        var address = w.Wire.Take("address", w.Wire.Remaining);
        switch (format)
        {
            case 0: w.Word(Hex(address)); break;
            case 1: w.Word("+" + Encoding.ASCII.GetString(address)); break;
            default: throw w.Invalid("format", $"{format} has no presentation form");
        }
    }

    /// <summary>RFC 8659 §4.1: flags, the tag as it stands (letters and digits), the value quoted.</summary>
    private static void Caa(PresentationWriter w)
    {
        w.UInt8("flags");
        var tag = w.Wire.Take("tag", w.Wire.UInt8("tag length"));
        w.Word(Encoding.ASCII.GetString(tag));
        Quoted(w, w.Wire.Take("value", w.Wire.Remaining));
    }

    /// <summary>DOA: the data in base64, or `-` when there is none.</summary>
    private static void Doa(PresentationWriter w)
    {
        w.UInt32("enterprise");
        w.UInt32("type");
        w.UInt8("location");
        w.CharacterString("media type");
        if (w.AtEnd) w.Word("-");
        else w.Base64("data");
    }

    /// <summary>RFC 8005 §3: algorithm, HIT in hex, public key in base64, rendezvous servers; the wire's lengths are left out.</summary>
    private static void Hip(PresentationWriter w)
    {
        int hitLength = w.Wire.UInt8("HIT length");
        w.UInt8("PK algorithm");
        int keyLength = w.Wire.UInt16("PK length");
        w.Word(Hex(w.Wire.Take("HIT", hitLength)));
        var key = w.Wire.Take("public key", keyLength);
        PresentationCodec.AppendBase64(w.Field(), key, 0, key.Length);
        while (!w.AtEnd) w.Name("rendezvous server");
    }

    /// <summary>RFC 9460 §2.1 and Appendix A: priority, target, then each SvcParam as key=value in wire order.</summary>
    private static void Svcb(PresentationWriter w)
    {
        w.UInt16("priority");
        w.Name("target");
        while (!w.AtEnd)
        {
            int key = w.Wire.UInt16("SvcParamKey");
            var value = w.Wire.Take("SvcParamValue", w.Wire.UInt16("SvcParamValue length"));
            var sb = w.Field().Append(key < SvcbKeyNames.Length ? SvcbKeyNames[key] : "key" + PresentationCodec.Number(key));
            if (key >= SvcbKeyNames.Length)
            {
                if (value.Length > 0) AppendValue(sb, value);
                continue;
            }
            switch (key)
            {
                case SvcbMandatory:
                    sb.Append('=');
                    for (int i = 0; i + 1 < value.Length; i += 2)
                    {
                        int listed = value[i] << 8 | value[i + 1];
                        if (i > 0) sb.Append(',');
                        sb.Append(listed < SvcbKeyNames.Length ? SvcbKeyNames[listed] : "key" + PresentationCodec.Number(listed));
                    }
                    break;
                case SvcbAlpn:
                    AppendValue(sb, AlpnList(value));
                    break;
                case 2: // no-default-alpn
                case 8: // ohttp
                    break;
                case 3: // port
                    if (value.Length == 2) sb.Append('=').Append(value[0] << 8 | value[1]);
                    break;
                case SvcbIpv4Hint:
                case SvcbIpv6Hint:
                    int size = key == SvcbIpv4Hint ? 4 : 16;
                    sb.Append('=');
                    for (int i = 0; i + size <= value.Length; i += size)
                    {
                        if (i > 0) sb.Append(',');
                        if (size == 4) PresentationCodec.AppendIPv4(sb, value, i);
                        else PresentationCodec.AppendIPv6(sb, value, i);
                    }
                    break;
                case SvcbEch:
                    sb.Append('=');
                    PresentationCodec.AppendBase64(sb, value, 0, value.Length);
                    break;
                default: // dohpath: the URI template as octets
                    AppendValue(sb, value);
                    break;
            }
        }
    }

    /// <summary>ALPN IDs joined by commas, a comma or backslash inside an ID escaped with a backslash (RFC 9460 Appendix A.1).</summary>
    private static byte[] AlpnList(byte[] wire)
    {
        var list = new List<byte>(wire.Length + 8);
        for (int i = 0; i < wire.Length; i += 1 + wire[i])
        {
            if (i > 0) list.Add((byte)',');
            for (int j = i + 1; j <= i + wire[i] && j < wire.Length; j++)
            {
                if (wire[j] == ',' || wire[j] == '\\') list.Add((byte)'\\');
                list.Add(wire[j]);
            }
        }
        return list.ToArray();
    }

    /// <summary>`="value"`: touching the key, as RFC 9460 Appendix A allows, so any octets can be written.</summary>
    private static void AppendValue(StringBuilder sb, byte[] value)
    {
        sb.Append('=');
        PresentationCodec.AppendQuoted(sb, value, 0, value.Length);
    }

    private static void Quoted(PresentationWriter w, byte[] value) => PresentationCodec.AppendQuoted(w.Field(), value, 0, value.Length);

    private static string Hex(byte[] data)
    {
        var sb = new StringBuilder(data.Length * 2);
        PresentationCodec.AppendHex(sb, data, 0, data.Length);
        return sb.ToString();
    }
}
