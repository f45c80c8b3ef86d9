using System;
using System.Globalization;
using ZoneLint.Core.Model;

namespace ZoneLint.Core.Rules.Review;

/// <summary>SOA serial numbers: RFC 1982 comparison, and the conventional YYYYMMDDnn form.</summary>
internal static class ZoneSerial
{
    private const uint Half = 1u << 31;

    /// <summary>The serial of an SOA record: the first of the five 32-bit fields after MNAME and RNAME (RFC 1035 §3.3.13).</summary>
    public static uint Of(ResourceRecord soa)
    {
        var w = soa.Rdata.Wire;
        int at = w.Length - 20;
        return (uint)(w[at] << 24 | w[at + 1] << 16 | w[at + 2] << 8 | w[at + 3]);
    }

    /// <summary>RFC 1982 §3.2: <paramref name="serial"/> is greater than <paramref name="than"/> (undefined at a distance of exactly 2^31: not greater).</summary>
    public static bool IsGreater(uint serial, uint than) =>
        (serial > than && serial - than < Half) || (serial < than && than - serial > Half);

    /// <summary>YYYYMMDDnn with a real date (1990 to 2099), the form most operators use.</summary>
    public static bool IsDateForm(uint serial)
    {
        if (serial < 1990010100u) return false;
        string text = (serial / 100).ToString(CultureInfo.InvariantCulture);
        return text.Length == 8 && DateTime.TryParseExact(text, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            && date.Year < 2100;
    }

    /// <summary>The serial to use next: today's YYYYMMDD00 when the old one is in that form and today's is greater, else one more (RFC 1982 addition).</summary>
    public static uint Next(uint old, DateTime today)
    {
        if (IsDateForm(old))
        {
            uint dated = uint.Parse(today.ToString("yyyyMMdd", CultureInfo.InvariantCulture), CultureInfo.InvariantCulture) * 100;
            if (IsGreater(dated, old)) return dated;
        }
        return unchecked(old + 1);
    }
}
