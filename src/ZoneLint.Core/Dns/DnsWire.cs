using System;
using System.Collections.Generic;
using System.Net;
using ZoneLint.Core.Model;

namespace ZoneLint.Core.Dns;

/// <summary>Reads the RDATA fields SPF needs from wire form (uncompressed, as zone records and resolvers give them).</summary>
public static class DnsWire
{
    public static IPAddress? Address(DnsRecord record) => record.Type switch
    {
        RRType.A when record.Rdata.Length == 4 => new IPAddress(record.Rdata),
        RRType.AAAA when record.Rdata.Length == 16 => new IPAddress(record.Rdata),
        _ => null,
    };

    /// <summary>The exchange of an MX, the target of a PTR or CNAME.</summary>
    public static DomainName? TargetName(DnsRecord record)
    {
        int offset = record.Type == RRType.MX ? 2 : 0;
        return ReadName(record.Rdata, ref offset);
    }

    public static ushort MxPreference(DnsRecord record) =>
        record.Rdata.Length >= 2 ? (ushort)(record.Rdata[0] << 8 | record.Rdata[1]) : (ushort)0;

    /// <summary>The character-strings of a TXT (or type 99 SPF) record.</summary>
    public static IReadOnlyList<byte[]> CharacterStrings(byte[] rdata)
    {
        var strings = new List<byte[]>();
        for (int i = 0; i < rdata.Length;)
        {
            int length = rdata[i++];
            if (i + length > rdata.Length) break;
            var s = new byte[length];
            Buffer.BlockCopy(rdata, i, s, 0, length);
            strings.Add(s);
            i += length;
        }
        return strings;
    }

    public static DomainName? ReadName(byte[] wire, ref int offset)
    {
        var labels = new List<byte[]>();
        while (offset < wire.Length)
        {
            int length = wire[offset++];
            if (length == 0) return DomainName.FromLabels(labels);
            if (length > 63 || offset + length > wire.Length) return null;
            var label = new byte[length];
            Buffer.BlockCopy(wire, offset, label, 0, length);
            labels.Add(label);
            offset += length;
        }
        return null;
    }
}
