using System;
using System.Globalization;
using System.Text;

namespace ZoneLint.Core.Rdata;

/// <summary>
/// The encoders that turn RDATA octets into their presentation form: the inverse of <see cref="TextCodec"/>.
/// Each appends to a builder and writes the canonical form that <see cref="TextCodec"/> reads back.
/// </summary>
internal static class PresentationCodec
{
    private const string HexDigits = "0123456789ABCDEF";
    private const string Base32HexDigits = "0123456789ABCDEFGHIJKLMNOPQRSTUV";

    /// <summary>
    /// A character-string in double quotes (RFC 1035 §5.1): `"` and `\` escaped with a backslash, every octet that
    /// is not printable ASCII as `\DDD`, so the text is ASCII whatever the octets are.
    /// </summary>
    public static void AppendQuoted(StringBuilder sb, byte[] value, int start, int count)
    {
        sb.Append('"');
        for (int i = start; i < start + count; i++)
        {
            byte b = value[i];
            if (b == '"' || b == '\\') sb.Append('\\').Append((char)b);
            else if (b < 0x20 || b > 0x7E) AppendDecimalEscape(sb, b);
            else sb.Append((char)b);
        }
        sb.Append('"');
    }

    public static void AppendDecimalEscape(StringBuilder sb, byte b) =>
        sb.Append('\\').Append((char)('0' + b / 100)).Append((char)('0' + b / 10 % 10)).Append((char)('0' + b % 10));

    public static void AppendHex(StringBuilder sb, byte[] data, int start, int count)
    {
        for (int i = start; i < start + count; i++) sb.Append(HexDigits[data[i] >> 4]).Append(HexDigits[data[i] & 0xF]);
    }

    public static void AppendBase64(StringBuilder sb, byte[] data, int start, int count) =>
        sb.Append(Convert.ToBase64String(data, start, count));

    /// <summary>Base32 with the extended hex alphabet, unpadded (RFC 4648 §7, as RFC 5155 §3.3 writes NSEC3 hashes).</summary>
    public static void AppendBase32Hex(StringBuilder sb, byte[] data, int start, int count)
    {
        int buffer = 0, bits = 0;
        for (int i = start; i < start + count; i++)
        {
            buffer = buffer << 8 | data[i];
            bits += 8;
            while (bits >= 5)
            {
                bits -= 5;
                sb.Append(Base32HexDigits[(buffer >> bits) & 0x1F]);
            }
            buffer &= (1 << bits) - 1;
        }
        if (bits > 0) sb.Append(Base32HexDigits[(buffer << (5 - bits)) & 0x1F]);
    }

    public static void AppendIPv4(StringBuilder sb, byte[] data, int start)
    {
        for (int i = 0; i < 4; i++)
        {
            if (i > 0) sb.Append('.');
            sb.Append(data[start + i].ToString(CultureInfo.InvariantCulture));
        }
    }

    /// <summary>RFC 5952 §4: lower-case hex, no leading zeros, the longest run of two or more zero groups (the first if tied) as `::`.</summary>
    public static void AppendIPv6(StringBuilder sb, byte[] data, int start)
    {
        var groups = new int[8];
        for (int i = 0; i < 8; i++) groups[i] = data[start + 2 * i] << 8 | data[start + 2 * i + 1];
        int bestStart = -1, bestLength = 1;
        for (int i = 0; i < 8;)
        {
            if (groups[i] != 0)
            {
                i++;
                continue;
            }
            int j = i;
            while (j < 8 && groups[j] == 0) j++;
            if (j - i > bestLength)
            {
                bestStart = i;
                bestLength = j - i;
            }
            i = j;
        }
        for (int i = 0; i < 8; i++)
        {
            if (i == bestStart)
            {
                sb.Append("::");
                i += bestLength - 1;
                continue;
            }
            if (i > 0 && i != bestStart + bestLength) sb.Append(':');
            sb.Append(groups[i].ToString("x", CultureInfo.InvariantCulture));
        }
    }

    /// <summary>RFC 7043 §3.1: two hex digits per octet, separated by hyphens.</summary>
    public static void AppendEui(StringBuilder sb, byte[] data, int start, int count)
    {
        for (int i = start; i < start + count; i++)
        {
            if (i > start) sb.Append('-');
            sb.Append(data[i].ToString("x2", CultureInfo.InvariantCulture));
        }
    }

    /// <summary>RFC 6742 §2.3: four groups of four hex digits separated by colons.</summary>
    public static void AppendLocator64(StringBuilder sb, byte[] data, int start)
    {
        for (int i = 0; i < 4; i++)
        {
            if (i > 0) sb.Append(':');
            sb.Append(data[start + 2 * i].ToString("x2", CultureInfo.InvariantCulture));
            sb.Append(data[start + 2 * i + 1].ToString("x2", CultureInfo.InvariantCulture));
        }
    }

    /// <summary>An RRSIG time as YYYYMMDDHHmmSS in UTC (RFC 4034 §3.2), the serial number read as seconds since 1970.</summary>
    public static void AppendTime(StringBuilder sb, uint seconds) =>
        sb.Append(new DateTime(1970, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddSeconds(seconds).ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture));

    public static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);
}
