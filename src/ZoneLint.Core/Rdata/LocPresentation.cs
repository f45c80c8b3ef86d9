using System.Globalization;
using System.Text;

namespace ZoneLint.Core.Rdata;

/// <summary>
/// LOC (RFC 1876 §3) in presentation form: `d m s.sss N|S d m s.sss E|W alt.cc m size m hp m vp m`, every field written,
/// so the text is the same whichever fields the original left to their defaults.
/// </summary>
internal static class LocPresentation
{
    private const long Equator = 1L << 31;
    private const long AltitudeBase = 10000000; // 100,000 m in cm

    public static void Write(PresentationWriter w)
    {
        int version = w.Wire.UInt8("version");
        if (version != 0) throw w.Invalid("version", $"{version} is not 0, the only version RFC 1876 defines");
        int size = w.Wire.UInt8("size"), horizontal = w.Wire.UInt8("horizontal precision"), vertical = w.Wire.UInt8("vertical precision");
        Coordinate(w, "latitude", w.Wire.UInt32("latitude"), 90, 'N', 'S');
        Coordinate(w, "longitude", w.Wire.UInt32("longitude"), 180, 'E', 'W');
        Metres(w.Field(), (long)w.Wire.UInt32("altitude") - AltitudeBase);
        Precision(w, "size", size);
        Precision(w, "horizontal precision", horizontal);
        Precision(w, "vertical precision", vertical);
    }

    /// <summary>Thousandths of an arc second offset by 2^31, as degrees, minutes, seconds and the hemisphere.</summary>
    private static void Coordinate(PresentationWriter w, string field, uint value, int maxDegrees, char positive, char negative)
    {
        long offset = value - Equator;
        char hemisphere = offset < 0 ? negative : positive;
        if (offset < 0) offset = -offset;
        if (offset > maxDegrees * 3600000L) throw w.Invalid(field, $"it is more than {maxDegrees} degrees from the origin");
        long degrees = offset / 3600000, minutes = offset / 60000 % 60, milliseconds = offset % 60000;
        w.Field().Append(degrees).Append(' ').Append(minutes).Append(' ')
            .Append((milliseconds / 1000).ToString(CultureInfo.InvariantCulture)).Append('.')
            .Append((milliseconds % 1000).ToString("D3", CultureInfo.InvariantCulture)).Append(' ').Append(hemisphere);
    }

    /// <summary>A size or precision: mantissa and power of ten of centimetres (RFC 1876 §2), in metres.</summary>
    private static void Precision(PresentationWriter w, string field, int value)
    {
        int mantissa = value >> 4, exponent = value & 0xF;
        if (mantissa > 9 || exponent > 9) throw w.Invalid(field, $"0x{value:X2} has a digit over 9");
        // The text is read back normalised, so 0 with a power of ten other than 0 cannot be written.
        if (mantissa == 0 && exponent != 0) throw w.Invalid(field, $"0x{value:X2} is zero with an exponent");
        long centimetres = mantissa;
        for (int i = 0; i < exponent; i++) centimetres *= 10;
        Metres(w.Field(), centimetres);
    }

    private static void Metres(StringBuilder sb, long centimetres)
    {
        if (centimetres < 0)
        {
            sb.Append('-');
            centimetres = -centimetres;
        }
        sb.Append(centimetres / 100).Append('.').Append((centimetres % 100).ToString("D2", CultureInfo.InvariantCulture)).Append('m');
    }
}
