using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using ZoneLint.Core.Model;
using ZoneLint.Core.Rdata;

namespace ZoneLint.Core.Tests.Properties;

/// <summary>
/// Generators for the parts of a record in wire form: numbers with their edge values, names whose labels hold any
/// octet (the ones zone-file syntax gives a meaning to are favoured), character-strings, type bitmaps. Sizes stay
/// within RFC 1035's limits: 63 octets a label, 255 a name, 255 a character-string.
/// </summary>
internal static class FieldGenerators
{
    /// <summary>Octets that mean something in a zone file, so a name or string holding them needs an escape.</summary>
    private static readonly byte[] Special = "\\.\";()@$ \t\n\r*#-_=,+/".Select(c => (byte)c).Concat(new byte[] { 0, 0x7F, 0x80, 0xC3, 0xFF }).ToArray();

    private static readonly byte[] Alphanumeric = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789".Select(c => (byte)c).ToArray();

    public static readonly Gen<byte> AnyByte = Gen.Choose(0, 255).Select(i => (byte)i);

    /// <summary>Mostly host-name characters, often an octet that needs escaping, sometimes any octet at all.</summary>
    public static readonly Gen<byte> TextByte = Gen.Frequency(
        (6, Gen.Elements(Alphanumeric)),
        (2, Gen.Elements(Special)),
        (2, AnyByte));

    public static readonly Gen<byte[]> U8 = Gen.Frequency((1, Gen.Elements(0, 255)), (4, Gen.Choose(0, 255))).Select(v => new[] { (byte)v });

    public static readonly Gen<byte[]> U16 = Gen.Frequency((1, Gen.Elements(0, 1, 65535)), (4, Gen.Choose(0, 65535))).Select(UInt16);

    public static readonly Gen<byte[]> U32 = Gen.Frequency(
        (1, Gen.Elements(0u, 1u, 0x7FFFFFFFu, 0x80000000u, uint.MaxValue)),
        (4, Gen.Choose(0, 65535).SelectMany(hi => Gen.Choose(0, 65535), (hi, lo) => (uint)hi << 16 | (uint)lo))).Select(UInt32);

    public static readonly Gen<byte[]> IPv4 = Bytes(4, 4);

    /// <summary>IPv6 addresses with runs of zero groups, so every shape of `::` is written.</summary>
    public static readonly Gen<byte[]> IPv6 = Gen.ArrayOf(Gen.Frequency((1, Gen.Constant(0)), (1, Gen.Choose(0, 65535))), 8)
        .Select(groups => groups.SelectMany(UInt16).ToArray());

    public static readonly Gen<byte[]> Label = Gen.Frequency(
            (8, Gen.Choose(1, 10)), (2, Gen.Choose(11, DomainName.MaxLabelLength)), (1, Gen.Constant(DomainName.MaxLabelLength)))
        .SelectMany(length => Gen.ArrayOf(TextByte, length));

    /// <summary>A name of exactly 255 octets: three labels of 63 and one of 61.</summary>
    private static readonly Gen<DomainName> LongestName = Gen.CollectToArray(new[] { 63, 63, 63, 61 }.Select(n => Gen.ArrayOf(TextByte, n)))
        .Select(DomainName.FromLabels);

    /// <summary>Any name: the root, a few labels, or one at or near the 255-octet limit.</summary>
    public static readonly Gen<DomainName> Name = Gen.Frequency(
        (1, Gen.Constant(DomainName.Root)),
        (8, Gen.Choose(1, 5).SelectMany(count => Gen.ArrayOf(Label, count)).Select(Fit)),
        (1, Gen.ArrayOf(Label, 8).Select(Fit)),
        (1, LongestName));

    public static readonly Gen<byte[]> NameWire = Name.Select(n => n.ToWire());

    /// <summary>A character-string: length octet and 0 to 255 octets.</summary>
    public static readonly Gen<byte[]> CharacterString = Gen.Frequency(
            (6, Gen.Choose(0, 20)), (2, Gen.Choose(21, 254)), (1, Gen.Constant(255)))
        .SelectMany(length => Gen.ArrayOf(TextByte, length))
        .Select(value => Concat(new[] { (byte)value.Length }, value));

    /// <summary>Types for bitmaps and type fields: mostly the common ones, some anywhere in 0-65535.</summary>
    public static readonly Gen<ushort> TypeNumber = Gen.Frequency(
        (4, Gen.Choose(1, 70)), (1, Gen.Choose(0, 65535)), (1, Gen.Elements<int>(RRType.SPF, RRType.CAA, RRType.TA, RRType.DLV)))
        .Select(t => (ushort)t);

    public static readonly Gen<byte[]> TypeBitmap = Gen.Choose(0, 12).SelectMany(count => Gen.ArrayOf(TypeNumber, count)).Select(types =>
    {
        var wire = new List<byte>();
        TypeBitmaps.Write(new SortedSet<ushort>(types), wire);
        return wire.ToArray();
    });

    public static Gen<byte[]> Bytes(int min, int max) => Gen.Choose(min, max).SelectMany(length => Gen.ArrayOf(AnyByte, length));

    public static Gen<byte[]> CharacterStringOf(Gen<byte> octet, int min, int max) =>
        Gen.Choose(min, max).SelectMany(length => Gen.ArrayOf(octet, length)).Select(value => Concat(new[] { (byte)value.Length }, value));

    public static readonly Gen<byte> AlphanumericByte = Gen.Elements(Alphanumeric);

    public static readonly Gen<byte> DigitByte = Gen.Choose('0', '9').Select(c => (byte)c);

    /// <summary>The parts in order, as one array.</summary>
    public static Gen<byte[]> Sequence(params Gen<byte[]>[] parts) => Gen.CollectToArray(parts).Select(arrays => Concat(arrays));

    public static byte[] Concat(params byte[][] parts) => parts.SelectMany(p => p).ToArray();

    public static byte[] UInt16(int value) => new[] { (byte)(value >> 8), (byte)value };

    public static byte[] UInt32(uint value) => new[] { (byte)(value >> 24), (byte)(value >> 16), (byte)(value >> 8), (byte)value };

    /// <summary>The name of the first labels that fit in 255 octets.</summary>
    private static DomainName Fit(byte[][] labels)
    {
        var kept = new List<byte[]>();
        int length = 1;
        foreach (var label in labels)
        {
            if (length + label.Length + 1 > DomainName.MaxNameLength) break;
            kept.Add(label);
            length += label.Length + 1;
        }
        return DomainName.FromLabels(kept);
    }
}
