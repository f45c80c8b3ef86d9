using System;
using System.Collections.Generic;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using ZoneLint.Core.Model;

namespace ZoneLint.Core.Dns;

/// <summary>
/// How the lock file writes RDATA: A and AAAA as addresses, MX as `preference exchange.`, CNAME and PTR as a name,
/// TXT and SPF as the list of their character-strings (one JSON char per octet), anything else in the RFC 3597
/// generic form `\# length hex`.
/// </summary>
internal static class LockRdata
{
    public static bool IsTextType(ushort type) => type is RRType.TXT or RRType.SPF;

    /// <summary>The presentation form of non-text RDATA.</summary>
    public static string Format(ushort type, byte[] rdata)
    {
        switch (type)
        {
            case RRType.A when rdata.Length == 4:
            case RRType.AAAA when rdata.Length == 16:
                return new IPAddress(rdata).ToString();
            case RRType.MX when rdata.Length >= 3:
                {
                    int offset = 2;
                    var exchange = DnsWire.ReadName(rdata, ref offset);
                    if (exchange != null && offset == rdata.Length)
                        return ((rdata[0] << 8) | rdata[1]).ToString(CultureInfo.InvariantCulture) + " " + exchange;
                    break;
                }
            case RRType.CNAME or RRType.PTR:
                {
                    int offset = 0;
                    var target = DnsWire.ReadName(rdata, ref offset);
                    if (target != null && offset == rdata.Length) return target.ToString();
                    break;
                }
        }
        return Generic(rdata);
    }

    /// <summary>Reads what <see cref="Format"/> writes; null on success, else what is wrong.</summary>
    public static string? TryParse(ushort type, string text, out byte[] rdata)
    {
        rdata = Array.Empty<byte>();
        if (text.StartsWith("\\#", StringComparison.Ordinal)) return TryParseGeneric(text, out rdata);
        switch (type)
        {
            case RRType.A or RRType.AAAA:
                {
                    var family = type == RRType.A ? AddressFamily.InterNetwork : AddressFamily.InterNetworkV6;
                    bool dotted = type == RRType.AAAA || text.Split('.').Length == 4; // "1" would parse as 0.0.0.1
                    if (!dotted || text.IndexOf('%') >= 0 || !IPAddress.TryParse(text, out var address) || address.AddressFamily != family)
                        return $"'{text}' is not an {(type == RRType.A ? "IPv4" : "IPv6")} address";
                    rdata = address.GetAddressBytes();
                    return null;
                }
            case RRType.MX:
                {
                    int space = text.IndexOf(' ');
                    if (space <= 0 || !ushort.TryParse(text.Substring(0, space), NumberStyles.None, CultureInfo.InvariantCulture, out ushort preference))
                        return $"'{text}' is not an MX record: write the preference and the exchange (\"10 mail.example.com.\")";
                    string? error = DomainName.TryParse(text.Substring(space + 1), DomainName.Root, out var exchange);
                    if (error != null) return $"bad MX exchange in '{text}': {error}";
                    var wire = new List<byte> { (byte)(preference >> 8), (byte)preference };
                    exchange!.WriteWire(wire);
                    rdata = wire.ToArray();
                    return null;
                }
            case RRType.CNAME or RRType.PTR:
                {
                    string? error = DomainName.TryParse(text, DomainName.Root, out var target);
                    if (error != null) return $"bad {RRType.ToName(type)} target '{text}': {error}";
                    rdata = target!.ToWire();
                    return null;
                }
        }
        return $"'{text}' is not in the generic form \\# length hex (RFC 3597) that {RRType.ToName(type)} records are written in";
    }

    /// <summary>A TXT or SPF record's character-strings as JSON strings, one char per octet.</summary>
    public static IReadOnlyList<string> TextStrings(byte[] rdata)
    {
        var strings = new List<string>();
        foreach (var octets in DnsWire.CharacterStrings(rdata))
        {
            var sb = new StringBuilder(octets.Length);
            foreach (var b in octets) sb.Append((char)b);
            strings.Add(sb.ToString());
        }
        return strings;
    }

    /// <summary>Builds TXT RDATA from strings of octets (chars U+0000 to U+00FF, at most 255 each).</summary>
    public static string? TryBuildText(IReadOnlyList<string> strings, out byte[] rdata)
    {
        rdata = Array.Empty<byte>();
        var wire = new List<byte>();
        foreach (var s in strings)
        {
            if (s.Length > 255) return $"a character-string is {s.Length} octets long; the most is 255 (RFC 1035 §3.3)";
            wire.Add((byte)s.Length);
            foreach (char c in s)
            {
                if (c > '\u00FF') return $"'{c}' (U+{(int)c:X4}) is not an octet: write octets 128-255 as \\u0080-\\u00ff";
                wire.Add((byte)c);
            }
        }
        if (wire.Count > ushort.MaxValue) return "the record is over 65535 octets";
        rdata = wire.ToArray();
        return null;
    }

    private static string Generic(byte[] rdata)
    {
        var sb = new StringBuilder("\\# ").Append(rdata.Length.ToString(CultureInfo.InvariantCulture));
        if (rdata.Length > 0) sb.Append(' ');
        foreach (var b in rdata) sb.Append(b.ToString("x2", CultureInfo.InvariantCulture));
        return sb.ToString();
    }

    private static string? TryParseGeneric(string text, out byte[] rdata)
    {
        rdata = Array.Empty<byte>();
        var parts = text.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length < 2 || parts[0] != "\\#" || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out int length))
            return $"'{text}' is not in the generic form \\# length hex (RFC 3597)";
        string hex = string.Join(string.Empty, parts, 2, parts.Length - 2);
        if (hex.Length != length * 2) return $"'{text}' says {length} octets but has {hex.Length / 2.0:0.#} in hex";
        var bytes = new byte[length];
        for (int i = 0; i < length; i++)
        {
            if (!byte.TryParse(hex.Substring(i * 2, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out bytes[i]))
                return $"'{text}' has a character that is not hexadecimal";
        }
        rdata = bytes;
        return null;
    }

    /// <summary>RFC 4034 §6.3: RDATA sorts as left-justified unsigned octet sequences.</summary>
    public static int CompareCanonical(byte[] x, byte[] y)
    {
        int n = Math.Min(x.Length, y.Length);
        for (int i = 0; i < n; i++)
        {
            if (x[i] != y[i]) return x[i].CompareTo(y[i]);
        }
        return x.Length.CompareTo(y.Length);
    }

    public static IComparer<byte[]> CanonicalComparer { get; } = Comparer<byte[]>.Create(CompareCanonical);

    /// <summary>RFC 4034 §6.1: names sort by their labels from the right, case folded, so a provider's names stay together.</summary>
    public static IComparer<DomainName> CanonicalNameComparer { get; } = Comparer<DomainName>.Create(CompareNames);

    private static int CompareNames(DomainName x, DomainName y)
    {
        var a = x.Labels;
        var b = y.Labels;
        for (int i = 1; i <= Math.Min(a.Count, b.Count); i++)
        {
            int c = CompareLabels(a[a.Count - i], b[b.Count - i]);
            if (c != 0) return c;
        }
        return a.Count.CompareTo(b.Count);
    }

    private static int CompareLabels(byte[] x, byte[] y)
    {
        int n = Math.Min(x.Length, y.Length);
        for (int i = 0; i < n; i++)
        {
            int c = Lower(x[i]).CompareTo(Lower(y[i]));
            if (c != 0) return c;
        }
        return x.Length.CompareTo(y.Length);
    }

    private static byte Lower(byte b) => b >= 'A' && b <= 'Z' ? (byte)(b + 32) : b;
}
