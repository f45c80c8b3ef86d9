using System.Collections.Generic;
using System.Text;
using ZoneLint.Core.Model;
using ZoneLint.Core.Syntax;
using ZoneLint.Core.Text;

namespace ZoneLint.Core.Rdata;

/// <summary>
/// The third form of <see cref="RdataReader"/>: it walks wire RDATA with a <see cref="WireRdataReader"/>, so the same
/// checks apply as to RFC 3597 input, and writes each field in presentation form. Run through a type's
/// <see cref="RdataSpec"/>, it writes the fields in the order and form that <see cref="TextRdataReader"/> reads.
/// A value the presentation form cannot hold throws <see cref="RdataException"/>; the caller then writes `\#`.
/// </summary>
internal sealed class PresentationWriter : RdataReader
{
    private static readonly SourceSpan Nowhere = new SourceText(string.Empty, string.Empty).Span(0, 0);

    private readonly StringBuilder _text = new();

    public PresentationWriter(ushort type, byte[] wire)
        : base(type)
    {
        Wire = new WireRdataReader(type, wire, Nowhere, new Token(TokenKind.Word, string.Empty, Nowhere));
    }

    /// <summary>The wire being read, for types that read a field without writing it as it stands (lengths, flag bits).</summary>
    public WireRdataReader Wire { get; }

    public override bool AtEnd => Wire.AtEnd;

    public override string ToString() => _text.ToString();

    /// <summary>Starts the next field: a space after the previous one.</summary>
    public StringBuilder Field()
    {
        if (_text.Length > 0) _text.Append(' ');
        return _text;
    }

    public void Word(string text) => Field().Append(text);

    public override int UInt8(string field, IReadOnlyDictionary<string, int>? mnemonics = null) => Number(Wire.UInt8(field));

    public override int UInt16(string field, IReadOnlyDictionary<string, int>? mnemonics = null) => Number(Wire.UInt16(field));

    public override uint UInt32(string field)
    {
        uint value = Wire.UInt32(field);
        Number(value);
        return value;
    }

    public override uint Period(string field) => UInt32(field);

    public override uint Time(string field)
    {
        uint value = Wire.Time(field);
        PresentationCodec.AppendTime(Field(), value);
        return value;
    }

    public override ushort TypeCode(string field)
    {
        ushort type = Wire.TypeCode(field);
        Word(RRType.ToName(type));
        return type;
    }

    public override DomainName Name(string field)
    {
        var name = Wire.Name(field);
        Word(name.ToString());
        return name;
    }

    public override byte[] CharacterString(string field)
    {
        var value = Wire.CharacterString(field);
        PresentationCodec.AppendQuoted(Field(), value, 0, value.Length);
        return value;
    }

    public override void IPv4(string field) => PresentationCodec.AppendIPv4(Field(), Wire.Take(field, 4), 0);

    public override void IPv6(string field) => PresentationCodec.AppendIPv6(Field(), Wire.Take(field, 16), 0);

    public override int Base64(string field, bool optional = false)
    {
        int start = Wire.Position;
        int count = Wire.Base64(field, optional);
        if (count > 0) PresentationCodec.AppendBase64(Field(), Wire.Data, start, count);
        return count;
    }

    public override int Hex(string field, bool optional = false)
    {
        int start = Wire.Position;
        int count = Wire.Hex(field, optional);
        if (count > 0) PresentationCodec.AppendHex(Field(), Wire.Data, start, count);
        return count;
    }

    /// <summary>RFC 5155 §3.3: hex, or `-` for no salt.</summary>
    public override void Salt(string field)
    {
        int start = Wire.Position + 1;
        Wire.Salt(field);
        int count = Wire.Position - start;
        if (count == 0) Word("-");
        else PresentationCodec.AppendHex(Field(), Wire.Data, start, count);
    }

    public override int NextHashedOwner(string field)
    {
        int count = Wire.NextHashedOwner(field);
        PresentationCodec.AppendBase32Hex(Field(), Wire.Data, Wire.Position - count, count);
        return count;
    }

    /// <summary>The types of the bitmap (RFC 4034 §4.1.2), each as a mnemonic or TYPEnnn, in increasing order.</summary>
    public override void TypeBitmap(string field)
    {
        var data = Wire.Data;
        int i = Wire.Position;
        Wire.TypeBitmap(field);
        while (i < data.Length)
        {
            int window = data[i], length = data[i + 1];
            for (int octet = 0; octet < length; octet++)
            {
                for (int bit = 0; bit < 8; bit++)
                {
                    if ((data[i + 2 + octet] & (0x80 >> bit)) != 0) Word(RRType.ToName((ushort)(window << 8 | octet << 3 | bit)));
                }
            }
            i += 2 + length;
        }
    }

    public override void Fixed(string field, int length, TextDecoder decode)
    {
        var octets = Wire.Take(field, length);
        if (decode == AddressTypes.ParseEui) PresentationCodec.AppendEui(Field(), octets, 0, length);
        else if (decode == AddressTypes.ParseLocator64 && length == 8) PresentationCodec.AppendLocator64(Field(), octets, 0);
        else throw Invalid(field, "ZoneLint has no presentation form for it");
    }

    public override void End() => Wire.End();

    public override RdataException Invalid(string field, string reason) => Wire.Invalid(field, reason);

    private int Number(long value)
    {
        Word(PresentationCodec.Number(value));
        return (int)value;
    }
}
