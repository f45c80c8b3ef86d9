using System;
using System.Collections.Generic;
using System.Globalization;

namespace ZoneLint.Core.Rdata;

/// <summary>The type bitmap of NSEC, NSEC3 and CSYNC (RFC 4034 §4.1.2): windows of up to 32 octets, in order.</summary>
internal static class TypeBitmaps
{
    public static void Write(SortedSet<ushort> types, List<byte> output)
    {
        var bits = new byte[32];
        int current = -1;
        foreach (ushort type in types)
        {
            if (type >> 8 != current)
            {
                Flush(current, bits, output);
                Array.Clear(bits, 0, bits.Length);
                current = type >> 8;
            }
            bits[(type & 0xFF) >> 3] |= (byte)(0x80 >> (type & 7));
        }
        Flush(current, bits, output);
    }

    private static void Flush(int window, byte[] bits, List<byte> output)
    {
        if (window < 0) return;
        int length = bits.Length;
        while (length > 0 && bits[length - 1] == 0) length--;
        output.Add((byte)window);
        output.Add((byte)length);
        for (int i = 0; i < length; i++) output.Add(bits[i]);
    }

    /// <summary>Checks a bitmap in wire form; returns null or what is wrong with it.</summary>
    public static string? Validate(byte[] data, int start, int end)
    {
        int last = -1;
        int i = start;
        while (i < end)
        {
            if (i + 2 > end) return "a window header is cut off";
            int window = data[i], length = data[i + 1];
            if (window <= last) return $"window {window} is out of order or repeated";
            if (length < 1 || length > 32) return $"window {window} has length {length}; it must be 1 to 32";
            if (i + 2 + length > end) return $"window {window} runs past the end of the RDATA";
            if (data[i + 1 + length] == 0) return $"window {window} ends in a zero octet";
            last = window;
            i += 2 + length;
        }
        return null;
    }
}

/// <summary>RRSIG signature times (RFC 4034 §3.2): YYYYMMDDHHmmSS in UTC, or a number of seconds.</summary>
internal static class RrsigTime
{
    private static readonly int[] DaysInMonth = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };

    /// <summary>
    /// The time as the 32-bit serial number it is sent as. As BIND does, a date may have any year from 0000 to 9999 and
    /// is taken modulo 2^32 (RFC 4034 §3.1.5 compares the values with serial number arithmetic); a bare number has at
    /// most 10 digits.
    /// </summary>
    public static string? Parse(string text, out uint value)
    {
        value = 0;
        if (!TextCodec.AllDigits(text)) return $"'{text}' is not a time: write YYYYMMDDHHmmSS (UTC) or seconds since 1970";
        if (text.Length <= 10)
        {
            string? error = TextCodec.ParseNumber(text, uint.MaxValue, out ulong seconds);
            value = (uint)seconds;
            return error;
        }
        if (text.Length != 14) return $"'{text}' is not a time: a date has 14 digits, YYYYMMDDHHmmSS";
        int year = Part(text, 0, 4), month = Part(text, 4, 2), day = Part(text, 6, 2);
        int hour = Part(text, 8, 2), minute = Part(text, 10, 2), second = Part(text, 12, 2);
        if (month < 1 || month > 12) return $"'{text}' has month {month}";
        bool leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
        if (day < 1 || day > DaysInMonth[month - 1] + (month == 2 && leap ? 1 : 0)) return $"'{text}' has day {day}, which month {month} does not have";
        if (hour > 23 || minute > 59 || second > 60) return $"'{text}' is not a valid time of day";
        long total = DaysSince1970(year, month, day) * 86400L + hour * 3600L + minute * 60L + second;
        value = (uint)(total & 0xFFFFFFFF);
        return null;
    }

    /// <summary>Days from 1970-01-01 to the date in the proleptic Gregorian calendar (negative before it).</summary>
    private static long DaysSince1970(int year, int month, int day)
    {
        long y = month <= 2 ? year - 1 : year;
        long era = (y >= 0 ? y : y - 399) / 400;
        long yearOfEra = y - era * 400;
        long dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
        long dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
        return era * 146097 + dayOfEra - 719468;
    }

    private static int Part(string text, int start, int length) =>
        int.Parse(text.Substring(start, length), NumberStyles.None, CultureInfo.InvariantCulture);
}
