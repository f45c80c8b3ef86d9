using System.Globalization;
using ZoneLint.Core.Syntax;

namespace ZoneLint.Core.Rdata;

/// <summary>
/// LOC (RFC 1876): `d1 [m1 [s1]] N|S d2 [m2 [s2]] E|W alt[m] [size[m] [hp[m] [vp[m]]]]`, written in wire form as
/// version 0, size, horizontal and vertical precision (mantissa and power of ten, in centimetres), latitude and longitude
/// (thousandths of a second offset by 2^31), altitude (centimetres above 100 km below the WGS 84 spheroid).
/// </summary>
internal static class LocType
{
    private const uint Equator = 1u << 31;
    private const long AltitudeBase = 10000000; // 100,000 m in cm

    public static void Read(RdataReader r)
    {
        if (r is WireRdataReader wire)
        {
            ReadWire(wire);
            return;
        }
        var text = (TextRdataReader)r;
        uint latitude = Coordinate(text, "latitude", 90, 'N', 'S');
        uint longitude = Coordinate(text, "longitude", 180, 'E', 'W');
        var altitudeToken = text.Next("altitude");
        long altitude = Decimal(text, altitudeToken, "altitude", 2, allowNegative: true);
        if (altitude < -AltitudeBase || altitude > uint.MaxValue - AltitudeBase)
            throw text.Invalid(altitudeToken, "altitude", $"'{altitudeToken.Text}' is outside -100000.00m to 42849672.95m");
        byte size = Precision(text, "size", 0x12);
        byte horizontal = Precision(text, "horizontal precision", 0x16);
        byte vertical = Precision(text, "vertical precision", 0x13);
        text.Wire.Add(0);
        text.Wire.Add(size);
        text.Wire.Add(horizontal);
        text.Wire.Add(vertical);
        text.WriteUInt32(latitude);
        text.WriteUInt32(longitude);
        text.WriteUInt32((uint)(altitude + AltitudeBase));
    }

    private static uint Coordinate(TextRdataReader text, string field, int maxDegrees, char positive, char negative)
    {
        string hemispheres = $"{positive} or {negative}";
        var degreesToken = text.Next($"{field} degrees");
        long degrees = Integer(text, degreesToken, $"{field} degrees", maxDegrees);
        long minutes = 0, milliseconds = 0;
        var token = text.Next($"{field} {hemispheres}");
        if (!IsHemisphere(token, positive, negative) && TextCodec.IsDigit(token.Text[0]))
        {
            minutes = Integer(text, token, $"{field} minutes", 59);
            token = text.Next($"{field} {hemispheres}");
            if (!IsHemisphere(token, positive, negative) && TextCodec.IsDigit(token.Text[0]))
            {
                milliseconds = Decimal(text, token, $"{field} seconds", 3, allowNegative: false);
                if (milliseconds >= 60000) throw text.Invalid(token, $"{field} seconds", $"'{token.Text}' is over 59.999");
                token = text.Next($"{field} {hemispheres}");
            }
        }
        if (!IsHemisphere(token, positive, negative)) throw text.Invalid(token, field, $"'{token.Text}' is not {hemispheres}");
        long offset = ((degrees * 60 + minutes) * 60) * 1000 + milliseconds;
        return char.ToUpperInvariant(token.Text[0]) == positive ? (uint)(Equator + offset) : (uint)(Equator - offset);
    }

    private static bool IsHemisphere(Token token, char positive, char negative) =>
        token.Text.Length == 1 && (char.ToUpperInvariant(token.Text[0]) == positive || char.ToUpperInvariant(token.Text[0]) == negative);

    private static long Integer(TextRdataReader text, Token token, string field, int max)
    {
        if (TextCodec.ParseNumber(token.Text, (ulong)max, out ulong value) is { } error) throw text.Invalid(token, field, error);
        return (long)value;
    }

    /// <summary>A size or precision in metres, as a digit and a power of ten of centimetres (RFC 1876 §2).</summary>
    private static byte Precision(TextRdataReader text, string field, byte defaultValue)
    {
        if (text.AtEnd) return defaultValue;
        var token = text.Next(field);
        long centimetres = Decimal(text, token, field, 2, allowNegative: false);
        if (centimetres > 9000000000) throw text.Invalid(token, field, $"'{token.Text}' is over 90000000.00m");
        int exponent = 0;
        while (centimetres >= 10)
        {
            centimetres /= 10;
            exponent++;
        }
        return (byte)(centimetres << 4 | (long)exponent);
    }

    /// <summary>A decimal number with at most <paramref name="decimals"/> digits after the point and an optional `m`, scaled to an integer.</summary>
    private static long Decimal(TextRdataReader text, Token token, string field, int decimals, bool allowNegative)
    {
        string value = token.Text;
        if (decimals == 2 && (value.EndsWith("m", System.StringComparison.Ordinal) || value.EndsWith("M", System.StringComparison.Ordinal)))
            value = value.Substring(0, value.Length - 1);
        bool negative = allowNegative && value.StartsWith("-", System.StringComparison.Ordinal);
        if (negative) value = value.Substring(1);
        int point = value.IndexOf('.');
        string whole = point < 0 ? value : value.Substring(0, point);
        string fraction = point < 0 ? string.Empty : value.Substring(point + 1);
        if (whole.Length == 0 || whole.Length > 10 || !TextCodec.AllDigits(whole) || fraction.Length > decimals ||
            (fraction.Length > 0 && !TextCodec.AllDigits(fraction)) || (point >= 0 && fraction.Length == 0))
        {
            string unit = decimals == 2 ? " metres" : string.Empty;
            throw text.Invalid(token, field, $"'{token.Text}' is not a number{unit} with at most {decimals} decimals");
        }
        long scaled = long.Parse(whole, NumberStyles.None, CultureInfo.InvariantCulture);
        for (int i = 0; i < decimals; i++) scaled = scaled * 10 + (i < fraction.Length ? fraction[i] - '0' : 0);
        return negative ? -scaled : scaled;
    }

    private static void ReadWire(WireRdataReader wire)
    {
        int version = wire.UInt8("version");
        if (version != 0) throw wire.Invalid("version", $"{version} is not 0, the only version RFC 1876 defines");
        foreach (var field in new[] { "size", "horizontal precision", "vertical precision" })
        {
            int value = wire.UInt8(field);
            if (value >> 4 > 9 || (value & 0xF) > 9) throw wire.Invalid(field, $"0x{value:X2} has a digit over 9");
        }
        wire.UInt32("latitude");
        wire.UInt32("longitude");
        wire.UInt32("altitude");
    }
}
