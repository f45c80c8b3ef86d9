using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace ZoneLint.Core.Rdata;

/// <summary>
/// The presentation encodings RDATA fields use: escapes, numbers, addresses, hex, base64, base32hex.
/// Each decoder appends to a buffer and returns null, or returns why the text is not valid (for the message).
/// </summary>
internal static class TextCodec
{
    /// <summary>Decodes `\DDD` and `\X` escapes (RFC 1035 §5.1); other non-ASCII characters become UTF-8.</summary>
    public static string? DecodeEscapes(string text, List<byte> output)
    {
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c == '\\')
            {
                if (i + 1 >= text.Length) return "it ends with a lone backslash";
                char next = text[i + 1];
                if (IsDigit(next))
                {
                    if (i + 3 >= text.Length || !IsDigit(text[i + 2]) || !IsDigit(text[i + 3]))
                        return $"bad escape '\\{text.Substring(i + 1, Math.Min(3, text.Length - i - 1))}': \\DDD needs three decimal digits";
                    int value = (next - '0') * 100 + (text[i + 2] - '0') * 10 + (text[i + 3] - '0');
                    if (value > 255) return $"bad escape '\\{text.Substring(i + 1, 3)}': it is over 255";
                    output.Add((byte)value);
                    i += 3;
                    continue;
                }
                i++;
                c = text[i];
            }
            AppendUtf8(text, ref i, c, output);
        }
        return null;
    }

    private static void AppendUtf8(string text, ref int i, char c, List<byte> output)
    {
        if (c < 0x80)
        {
            output.Add((byte)c);
            return;
        }
        int length = char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) ? 2 : 1;
        output.AddRange(Encoding.UTF8.GetBytes(text.Substring(i, length)));
        i += length - 1;
    }

    /// <summary>A decimal number with no sign, at most <paramref name="max"/>.</summary>
    public static string? ParseNumber(string text, ulong max, out ulong value)
    {
        value = 0;
        if (text.Length == 0) return "it is empty";
        foreach (char c in text)
        {
            if (!IsDigit(c)) return $"'{text}' is not a number";
            value = value * 10 + (ulong)(c - '0');
            if (value > max) return $"'{text}' is over {max}";
        }
        return null;
    }

    /// <summary>A period as BIND's SOA timers take it: seconds, or units (1w2d3h4m5s), up to 2^32 - 1.</summary>
    public static string? ParsePeriod(string text, out uint seconds)
    {
        seconds = 0;
        if (text.Length == 0) return "it is empty";
        ulong total = 0, current = 0;
        bool digits = false;
        foreach (char c in text)
        {
            if (IsDigit(c))
            {
                current = current * 10 + (ulong)(c - '0');
                if (current > uint.MaxValue) return $"'{text}' is over {uint.MaxValue}";
                digits = true;
                continue;
            }
            ulong unit = char.ToLowerInvariant(c) switch { 'w' => 604800, 'd' => 86400, 'h' => 3600, 'm' => 60, 's' => 1, _ => 0 };
            if (unit == 0 || !digits) return $"'{text}' is not a number of seconds or a period such as 1h30m";
            total += current * unit;
            if (total > uint.MaxValue) return $"'{text}' is over {uint.MaxValue} seconds";
            current = 0;
            digits = false;
        }
        total += current;
        if (total > uint.MaxValue) return $"'{text}' is over {uint.MaxValue} seconds";
        seconds = (uint)total;
        return null;
    }

    /// <summary>Dotted-quad IPv4 (inet_pton: four decimal parts, no leading zeros).</summary>
    public static string? ParseIPv4(string text, List<byte> output)
    {
        // Scanned in place (one A record in two is this): the same checks, in the same order, as splitting at the dots.
        int dots = 0;
        foreach (char c in text)
        {
            if (c == '.') dots++;
        }
        if (dots != 3) return $"'{text}' is not an IPv4 address (four numbers 0-255 separated by dots)";
        int b0 = 0, b1 = 0, b2 = 0;
        int start = 0;
        for (int i = 0; i < 4; i++)
        {
            int end = i == 3 ? text.Length : text.IndexOf('.', start);
            int length = end - start;
            int value = 0;
            for (int j = start; j < end && length <= 3; j++)
            {
                if (!IsDigit(text[j])) length = 0;
                else value = value * 10 + (text[j] - '0');
            }
            if (length == 0 || length > 3)
                return $"'{text}' is not an IPv4 address (four numbers 0-255 separated by dots)";
            if (length > 1 && text[start] == '0') return $"'{text}' is not an IPv4 address: '{text.Substring(start, length)}' has a leading zero";
            if (value > 255) return $"'{text}' is not an IPv4 address: {value} is over 255";
            if (i == 0) b0 = value;
            else if (i == 1) b1 = value;
            else if (i == 2) b2 = value;
            else
            {
                output.Add((byte)b0);
                output.Add((byte)b1);
                output.Add((byte)b2);
                output.Add((byte)value);
            }
            start = end + 1;
        }
        return null;
    }

    /// <summary>IPv6 text form (RFC 4291 §2.2): eight groups, one `::`, optionally ending in dotted IPv4.</summary>
    public static string? ParseIPv6(string text, List<byte> output)
    {
        var head = new List<ushort>();
        var tail = new List<ushort>();
        int gap = text.IndexOf("::", StringComparison.Ordinal);
        if (gap >= 0 && text.IndexOf("::", gap + 1, StringComparison.Ordinal) >= 0) return Bad(text) + ": '::' may appear only once";
        string left = gap >= 0 ? text.Substring(0, gap) : text;
        string right = gap >= 0 ? text.Substring(gap + 2) : string.Empty;
        byte[]? ipv4 = null;
        string? error = ParseGroups(left, head, gap < 0, ref ipv4) ?? (gap >= 0 ? ParseGroups(right, tail, true, ref ipv4) : null);
        if (error != null) return Bad(text) + ": " + error;
        int groups = head.Count + tail.Count + (ipv4 != null ? 2 : 0);
        if (gap < 0 && groups != 8) return Bad(text) + ": it needs eight groups of hex digits, or '::'";
        if (gap >= 0 && groups > 7) return Bad(text) + ": too many groups for '::'";
        foreach (var g in head) { output.Add((byte)(g >> 8)); output.Add((byte)g); }
        for (int i = groups; i < 8; i++) { output.Add(0); output.Add(0); }
        foreach (var g in tail) { output.Add((byte)(g >> 8)); output.Add((byte)g); }
        if (ipv4 != null) output.AddRange(ipv4);
        return null;
    }

    private static string Bad(string text) => $"'{text}' is not an IPv6 address";

    private static string? ParseGroups(string text, List<ushort> groups, bool mayEndInIPv4, ref byte[]? ipv4)
    {
        if (text.Length == 0) return null;
        var parts = text.Split(':');
        for (int i = 0; i < parts.Length; i++)
        {
            string part = parts[i];
            if (i == parts.Length - 1 && mayEndInIPv4 && part.IndexOf('.') >= 0)
            {
                var buffer = new List<byte>();
                if (ParseIPv4(part, buffer) != null) return $"'{part}' is not a valid embedded IPv4 address";
                ipv4 = buffer.ToArray();
                return null;
            }
            if (part.Length == 0) return "empty group";
            if (part.Length > 4) return $"group '{part}' has more than four hex digits";
            if (!ushort.TryParse(part, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out ushort value) || !AllHex(part))
                return $"group '{part}' is not hexadecimal";
            groups.Add(value);
        }
        return null;
    }

    /// <summary>Hex digits, an even number of them.</summary>
    public static string? DecodeHex(string text, List<byte> output)
    {
        if (text.Length % 2 != 0) return $"'{text}' has an odd number of hex digits";
        for (int i = 0; i < text.Length; i += 2)
        {
            int hi = HexValue(text[i]), lo = HexValue(text[i + 1]);
            if (hi < 0 || lo < 0) return $"'{text}' is not hexadecimal";
            output.Add((byte)(hi << 4 | lo));
        }
        return null;
    }

    /// <summary>Base64 (RFC 4648 §4) with padding; BIND reads it across white space as one stream.</summary>
    public static string? DecodeBase64(string text, List<byte> output)
    {
        if (text.Length % 4 != 0) return "its length is not a multiple of 4 (is a character missing, or padding '=')?";
        int padding = text.EndsWith("==", StringComparison.Ordinal) ? 2 : text.EndsWith("=", StringComparison.Ordinal) ? 1 : 0;
        for (int i = 0; i < text.Length - padding; i++)
        {
            if (Base64Value(text[i]) < 0)
                return text[i] == '=' ? "'=' padding may only end it" : $"'{text[i]}' is not a base64 character";
        }
        if (text.Length - padding > 0 && (text.Length - padding) % 4 == 1) return "bad padding";
        if (text.Length == padding) return "bad padding";
        int bits = 0, buffer = 0;
        for (int i = 0; i < text.Length - padding; i++)
        {
            buffer = buffer << 6 | Base64Value(text[i]);
            bits += 6;
            if (bits >= 8)
            {
                bits -= 8;
                output.Add((byte)(buffer >> bits));
                buffer &= (1 << bits) - 1;
            }
        }
        return null;
    }

    /// <summary>Base32 with the extended hex alphabet (RFC 4648 §7), unpadded as RFC 5155 §3.3 writes it; case-insensitive.</summary>
    public static string? DecodeBase32Hex(string text, List<byte> output)
    {
        if (text.IndexOf('=') >= 0) return $"'{text}' has '=' padding, which NSEC3 presentation does not use (RFC 5155 §3.3)";
        int rest = text.Length % 8;
        if (rest == 1 || rest == 3 || rest == 6) return $"'{text}' has a length that base32 cannot have";
        int bits = 0, buffer = 0;
        foreach (char c in text)
        {
            int value = Base32HexValue(c);
            if (value < 0) return $"'{c}' is not a base32hex character (0-9, A-V)";
            buffer = buffer << 5 | value;
            bits += 5;
            if (bits >= 8)
            {
                bits -= 8;
                output.Add((byte)(buffer >> bits));
                buffer &= (1 << bits) - 1;
            }
        }
        return null;
    }

    public static bool IsDigit(char c) => c >= '0' && c <= '9';

    public static bool AllDigits(string text)
    {
        foreach (char c in text)
        {
            if (!IsDigit(c)) return false;
        }
        return text.Length > 0;
    }

    public static bool AllHex(string text)
    {
        foreach (char c in text)
        {
            if (HexValue(c) < 0) return false;
        }
        return true;
    }

    public static int HexValue(char c) =>
        c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;

    private static int Base64Value(char c) =>
        c >= 'A' && c <= 'Z' ? c - 'A' : c >= 'a' && c <= 'z' ? c - 'a' + 26 : c >= '0' && c <= '9' ? c - '0' + 52 :
        c == '+' ? 62 : c == '/' ? 63 : -1;

    private static int Base32HexValue(char c) =>
        c >= '0' && c <= '9' ? c - '0' : c >= 'A' && c <= 'V' ? c - 'A' + 10 : c >= 'a' && c <= 'v' ? c - 'a' + 10 : -1;
}
