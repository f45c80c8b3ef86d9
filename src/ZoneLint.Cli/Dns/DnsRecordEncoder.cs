using System.Collections.Generic;
using System.Linq;
using DnsClient;
using DnsClient.Protocol;
using ZoneLint.Core.Model;

namespace ZoneLint.Cli.Dns;

/// <summary>
/// Turns DnsClient's parsed records back into RDATA wire form (RFC 1035 §3.3, names uncompressed), which is what
/// <see cref="ZoneLint.Core.Dns.DnsRecord"/> carries whatever the source: a zone, a lock file or DNS.
/// </summary>
internal static class DnsRecordEncoder
{
    /// <summary>The RDATA of <paramref name="record"/>, or null with the reason.</summary>
    public static byte[]? Encode(DnsResourceRecord record, out string? error)
    {
        error = null;
        switch (record)
        {
            case AddressRecord address: // A and AAAA
                return address.Address.GetAddressBytes();
            case MxRecord mx:
                {
                    var exchange = Name(mx.Exchange, out error);
                    if (exchange == null) return null;
                    var wire = new List<byte> { (byte)(mx.Preference >> 8), (byte)mx.Preference };
                    exchange.WriteWire(wire);
                    return wire.ToArray();
                }
            case PtrRecord ptr:
                return Name(ptr.PtrDomainName, out error)?.ToWire();
            case CNameRecord cname:
                return Name(cname.CanonicalName, out error)?.ToWire();
            case TxtRecord txt: // TXT, and SPF (type 99), which DnsClient reads as TXT
                return Text(txt, out error);
            case UnknownRecord unknown:
                return unknown.Data.ToArray();
        }
        error = $"DnsClient gives no RDATA for a {RRType.ToName((ushort)record.RecordType)} record";
        return null;
    }

    private static DomainName? Name(DnsString name, out string? error)
    {
        var parsed = DnsClientResolver.ToDomainName(name);
        error = parsed == null ? $"the name '{name.Value}' in the answer cannot be read" : null;
        return parsed;
    }

    /// <summary>
    /// DnsClient gives a TXT record's strings twice, neither raw: <see cref="TxtRecord.Text"/> decoded as UTF-8 and
    /// <see cref="TxtRecord.EscapedText"/> with `\DDD` for octets outside 32-126 and `\"` for a quote, but a backslash
    /// left bare (so `\012` can be either). Valid UTF-8, which every SPF record is, round-trips exactly through
    /// <see cref="TxtRecord.Text"/>; a string that is not valid UTF-8 is rebuilt from the escaped form.
    /// </summary>
    internal static byte[]? Text(TxtRecord txt, out string? error)
    {
        error = null;
        var wire = new List<byte>();
        var decoded = txt.Text.ToList();
        var escaped = txt.EscapedText.ToList();
        for (int i = 0; i < escaped.Count; i++)
        {
            var octets = i < decoded.Count && !decoded[i].Contains('\uFFFD')
                ? Utf8.GetBytes(decoded[i]).ToList()
                : Unescape(escaped[i]);
            if (octets == null || octets.Count > 255)
            {
                error = $"a character-string in the answer cannot be read ('{escaped[i]}')";
                return null;
            }
            wire.Add((byte)octets.Count);
            wire.AddRange(octets);
        }
        return wire.ToArray();
    }

    private static readonly System.Text.UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Undoes DnsClient's escapes: `\DDD` and `\"`; any other backslash is an octet of its own.</summary>
    internal static List<byte>? Unescape(string text)
    {
        var octets = new List<byte>(text.Length);
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c == '\\' && i + 1 < text.Length && text[i + 1] == '"')
            {
                octets.Add((byte)'"');
                i++;
                continue;
            }
            if (c == '\\' && i + 3 < text.Length && char.IsAsciiDigit(text[i + 1]) && char.IsAsciiDigit(text[i + 2]) && char.IsAsciiDigit(text[i + 3]))
            {
                int value = ((text[i + 1] - '0') * 100) + ((text[i + 2] - '0') * 10) + (text[i + 3] - '0');
                if (value <= 255)
                {
                    octets.Add((byte)value);
                    i += 3;
                    continue;
                }
            }
            if (c > '\u00FF') return null;
            octets.Add((byte)c);
        }
        return octets;
    }
}
