using System;
using System.Collections.Generic;
using System.Globalization;

namespace ZoneLint.Core.Rdata;

/// <summary>Types built around addresses: APL, WKS, NSAP, AMTRELAY, and the EUI and ILNP locator forms.</summary>
internal static class AddressTypes
{
    /// <summary>RFC 3123 §5: items `[!]afi:address/prefix`, address family 1 (IPv4) or 2 (IPv6); none at all is valid.</summary>
    public static void Apl(RdataReader r)
    {
        if (r is WireRdataReader wire)
        {
            while (!wire.AtEnd) AplWireItem(wire);
            return;
        }
        var text = (TextRdataReader)r;
        while (!text.AtEnd)
        {
            var token = text.Next("APL item");
            string? error = AplItem(token.Text, text.Wire);
            if (error != null) throw text.Invalid(token, "APL item", error);
        }
    }

    private static string? AplItem(string item, List<byte> output)
    {
        string form = $"'{item}' is not [!]family:address/prefix (e.g. 1:192.0.2.0/24)";
        bool negated = item.StartsWith("!", StringComparison.Ordinal);
        string body = negated ? item.Substring(1) : item;
        int colon = body.IndexOf(':');
        int slash = body.LastIndexOf('/');
        if (colon <= 0 || slash < colon) return form;
        string family = body.Substring(0, colon);
        string address = body.Substring(colon + 1, slash - colon - 1);
        string prefixText = body.Substring(slash + 1);
        var bytes = new List<byte>();
        int max;
        switch (family)
        {
            case "1":
                max = 32;
                if (TextCodec.ParseIPv4(address, bytes) != null) return $"'{address}' is not an IPv4 address (family 1)";
                break;
            case "2":
                max = 128;
                if (TextCodec.ParseIPv6(address, bytes) != null) return $"'{address}' is not an IPv6 address (family 2)";
                break;
            default:
                return $"'{family}' is not address family 1 (IPv4) or 2 (IPv6)";
        }
        if (TextCodec.ParseNumber(prefixText, (ulong)max, out ulong prefix) is { } error) return $"bad prefix length: {error}";
        int length = bytes.Count;
        while (length > 0 && bytes[length - 1] == 0) length--; // RFC 3123 §4: trailing zero octets are left out
        output.Add(0);
        output.Add(family == "1" ? (byte)1 : (byte)2);
        output.Add((byte)prefix);
        output.Add((byte)((negated ? 0x80 : 0) | length));
        for (int i = 0; i < length; i++) output.Add(bytes[i]);
        return null;
    }

    private static void AplWireItem(WireRdataReader wire)
    {
        int family = wire.UInt16("address family");
        int prefix = wire.UInt8("prefix");
        int length = wire.UInt8("address length") & 0x7F;
        int max = family switch { 1 => 4, 2 => 16, _ => 127 };
        if (length > max) throw wire.Invalid("address", $"{length} octets is too long for family {family}");
        if (family is 1 or 2 && prefix > max * 8) throw wire.Invalid("prefix", $"{prefix} is over {max * 8}");
        var address = wire.Take("address", length);
        if (length > 0 && address[length - 1] == 0) throw wire.Invalid("address", "it ends in a zero octet, which RFC 3123 §4 says to leave out");
    }

    /// <summary>RFC 1035 §3.4.2: address, protocol, and the services as a bitmap of ports.</summary>
    public static void Wks(RdataReader r)
    {
        r.IPv4("address");
        if (r is WireRdataReader wire)
        {
            wire.UInt8("protocol");
            wire.Take("bitmap", Math.Min(wire.Remaining, 8192));
            return;
        }
        var text = (TextRdataReader)r;
        var protocolToken = text.Next("protocol");
        int protocol = protocolToken.Text.ToLowerInvariant() switch { "tcp" => 6, "udp" => 17, _ => -1 };
        if (protocol < 0)
        {
            if (TextCodec.ParseNumber(protocolToken.Text, byte.MaxValue, out ulong number) is { } error)
                throw text.Invalid(protocolToken, "protocol", $"{error}; write tcp, udp or a protocol number");
            protocol = (int)number;
        }
        text.Wire.Add((byte)protocol);
        var bitmap = new byte[8192];
        int highest = -1;
        while (!text.AtEnd)
        {
            var token = text.Next("service");
            if (!Services.TryGetValue(token.Text, out int port))
            {
                if (TextCodec.ParseNumber(token.Text, ushort.MaxValue, out ulong number) is { } error)
                    throw text.Invalid(token, "service", $"{error}; write a port number or a well-known service name");
                port = (int)number;
            }
            bitmap[port >> 3] |= (byte)(0x80 >> (port & 7));
            highest = Math.Max(highest, port);
        }
        for (int i = 0; i <= highest >> 3 && highest >= 0; i++) text.Wire.Add(bitmap[i]);
    }

    private static readonly Dictionary<string, int> Services = new(StringComparer.OrdinalIgnoreCase)
    {
        ["ftp-data"] = 20, ["ftp"] = 21, ["ssh"] = 22, ["telnet"] = 23, ["smtp"] = 25, ["time"] = 37, ["whois"] = 43,
        ["domain"] = 53, ["tftp"] = 69, ["gopher"] = 70, ["finger"] = 79, ["http"] = 80, ["www"] = 80, ["kerberos"] = 88,
        ["pop3"] = 110, ["sunrpc"] = 111, ["auth"] = 113, ["nntp"] = 119, ["ntp"] = 123, ["imap"] = 143, ["snmp"] = 161,
        ["ldap"] = 389, ["https"] = 443, ["submission"] = 587, ["ldaps"] = 636, ["imaps"] = 993, ["pop3s"] = 995,
    };

    /// <summary>RFC 1706 §5: `0x` and hex digits, dots allowed anywhere between them.</summary>
    public static void Nsap(RdataReader r)
    {
        if (r is WireRdataReader wire)
        {
            wire.Hex("NSAP");
            return;
        }
        var text = (TextRdataReader)r;
        var token = text.Next("NSAP");
        string value = token.Text;
        if (!value.StartsWith("0x", StringComparison.OrdinalIgnoreCase))
            throw text.Invalid(token, "NSAP", $"'{value}' does not start with 0x");
        string digits = value.Substring(2).Replace(".", string.Empty);
        if (digits.Length == 0) throw text.Invalid(token, "NSAP", "there are no hex digits after 0x");
        var bytes = new List<byte>();
        if (TextCodec.DecodeHex(digits, bytes) is { } error) throw text.Invalid(token, "NSAP", error);
        text.Wire.AddRange(bytes);
    }

    /// <summary>RFC 8777 §4.3: precedence, discovery-optional bit (0 or 1), relay type, relay.</summary>
    public static void AmtRelay(RdataReader r)
    {
        r.UInt8("precedence");
        int type;
        if (r is WireRdataReader wire)
        {
            type = wire.UInt8("relay type") & 0x7F;
        }
        else
        {
            var text = (TextRdataReader)r;
            var dToken = text.Next("discovery optional");
            if (dToken.Text is not ("0" or "1")) throw text.Invalid(dToken, "discovery optional", $"'{dToken.Text}' is not 0 or 1");
            var typeToken = text.Next("relay type");
            if (TextCodec.ParseNumber(typeToken.Text, 127, out ulong number) is { } error) throw text.Invalid(typeToken, "relay type", error);
            type = (int)number;
            text.Wire.Add((byte)((dToken.Text == "1" ? 0x80 : 0) | type));
        }
        if (type > 3) throw r.Invalid("relay type", $"{type} is not 0 (none), 1 (IPv4), 2 (IPv6) or 3 (domain name)");
        DnssecTypes.Gateway(r, type, "relay");
    }

    /// <summary>A6 (RFC 2874 §3.1): prefix length, the address suffix (the octets the prefix does not cover), the prefix name.</summary>
    public static void A6(RdataReader r)
    {
        int prefix = r.UInt8("prefix length");
        if (prefix > 128) throw r.Invalid("prefix length", $"{prefix} is over 128");
        int suffixLength = (128 - prefix + 7) / 8;
        if (r is WireRdataReader wire)
        {
            wire.Take("address suffix", suffixLength);
        }
        else if (suffixLength > 0)
        {
            var text = (TextRdataReader)r;
            var token = text.Next("address suffix");
            var address = new List<byte>();
            if (TextCodec.ParseIPv6(token.Text, address) is { } error) throw text.Invalid(token, "address suffix", error);
            address[16 - suffixLength] &= (byte)(0xFF >> (prefix % 8)); // the bits the prefix covers are not sent
            text.Wire.AddRange(address.GetRange(16 - suffixLength, suffixLength));
        }
        if (prefix > 0) r.Name("prefix name");
    }

    /// <summary>ATMA (ATM Forum af-dans-0152.000): an E.164 number written `+digits`, or an AESA in hex (dots allowed).</summary>
    public static void Atma(RdataReader r)
    {
        if (r is WireRdataReader wire)
        {
            wire.UInt8("format");
            wire.Hex("address");
            return;
        }
        var text = (TextRdataReader)r;
        var token = text.Next("address");
        string value = token.Text;
        if (value.StartsWith("+", StringComparison.Ordinal))
        {
            if (!TextCodec.AllDigits(value.Substring(1))) throw text.Invalid(token, "address", $"'{value}' is not + and E.164 digits");
            text.Wire.Add(1);
            text.Wire.AddRange(System.Text.Encoding.ASCII.GetBytes(value.Substring(1)));
            return;
        }
        var bytes = new List<byte>();
        if (TextCodec.DecodeHex(value.Replace(".", string.Empty), bytes) is { } error || bytes.Count == 0)
            throw text.Invalid(token, "address", $"'{value}' is neither +E.164 digits nor an AESA in hex");
        text.Wire.Add(0);
        text.Wire.AddRange(bytes);
    }

    /// <summary>RFC 7043 §3.1 and §4.1: two hex digits per octet, separated by hyphens.</summary>
    public static string? ParseEui(string text, List<byte> output)
    {
        var parts = text.Split('-');
        foreach (var part in parts)
        {
            if (part.Length != 2 || !TextCodec.AllHex(part))
                return $"'{text}' is not an EUI address: write two hex digits per octet, separated by '-' (e.g. 00-00-5e-00-53-2a)";
        }
        foreach (var part in parts) output.Add(byte.Parse(part, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture));
        return null;
    }

    /// <summary>RFC 6742 §2.3: a 64-bit locator or node ID as four groups of four hex digits separated by colons.</summary>
    public static string? ParseLocator64(string text, List<byte> output)
    {
        var parts = text.Split(':');
        if (parts.Length != 4) return $"'{text}' is not four groups of hex digits separated by ':' (e.g. 2001:0db8:1140:1000)";
        foreach (var part in parts)
        {
            if (part.Length != 4 || !TextCodec.AllHex(part)) return $"'{text}': group '{part}' is not four hex digits";
        }
        foreach (var part in parts)
        {
            ushort value = ushort.Parse(part, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture);
            output.Add((byte)(value >> 8));
            output.Add((byte)value);
        }
        return null;
    }
}
