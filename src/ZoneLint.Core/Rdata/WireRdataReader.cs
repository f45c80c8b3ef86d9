using System.Collections.Generic;
using ZoneLint.Core.Model;
using ZoneLint.Core.Syntax;
using ZoneLint.Core.Text;

namespace ZoneLint.Core.Rdata;

/// <summary>
/// Walks RDATA given in RFC 3597's generic form (`\# length hex`) field by field, to check that it is what its type
/// requires (RFC 3597 §5: a known type's generic RDATA must be valid for it). The octets are kept as given.
/// </summary>
internal sealed class WireRdataReader : RdataReader
{
    private readonly byte[] _data;
    private readonly SourceSpan _span;
    private readonly Token _anchor;
    private int _pos;

    /// <param name="span">Where errors point: the whole generic RDATA.</param>
    /// <param name="anchor">The token name and string fields are attributed to (the first hex token).</param>
    public WireRdataReader(ushort type, byte[] data, SourceSpan span, Token anchor)
        : base(type)
    {
        _data = data;
        _span = span;
        _anchor = anchor;
    }

    public override bool AtEnd => _pos >= _data.Length;

    public int Remaining => _data.Length - _pos;

    public int Position => _pos;

    public byte[] Data => _data;

    public override RdataException Invalid(string field, string reason) =>
        new(_span, $"invalid {field} in the \\# RDATA of {TypeName}: {reason}");

    /// <summary>The next <paramref name="count"/> octets, which must be there.</summary>
    public byte[] Take(string field, int count)
    {
        if (_pos + count > _data.Length)
        {
            string where = _pos == _data.Length ? "before" : "inside";
            throw new RdataException(_span, $"invalid \\# RDATA of {TypeName}: the data ends {where} {field}");
        }
        var result = new byte[count];
        System.Array.Copy(_data, _pos, result, 0, count);
        _pos += count;
        return result;
    }

    public override int UInt8(string field, IReadOnlyDictionary<string, int>? mnemonics = null) => Take(field, 1)[0];

    public override int UInt16(string field, IReadOnlyDictionary<string, int>? mnemonics = null)
    {
        var b = Take(field, 2);
        return b[0] << 8 | b[1];
    }

    public override uint UInt32(string field)
    {
        var b = Take(field, 4);
        return (uint)(b[0] << 24 | b[1] << 16 | b[2] << 8 | b[3]);
    }

    public override uint Period(string field) => UInt32(field);

    public override uint Time(string field) => UInt32(field);

    public override ushort TypeCode(string field) => (ushort)UInt16(field);

    public override DomainName Name(string field)
    {
        var labels = new List<byte[]>();
        int length = 1;
        while (true)
        {
            int labelLength = Take(field, 1)[0];
            if (labelLength == 0) break;
            if (labelLength > DomainName.MaxLabelLength)
            {
                throw Invalid(field, labelLength >= 0xC0
                    ? "it is a compression pointer, which RDATA in a zone file cannot use (RFC 3597 §4)"
                    : $"label length {labelLength} is over {DomainName.MaxLabelLength}");
            }
            labels.Add(Take(field, labelLength));
            length += labelLength + 1;
            if (length > DomainName.MaxNameLength) throw Invalid(field, $"the name is over {DomainName.MaxNameLength} octets");
        }
        var name = DomainName.FromLabels(labels);
        Names.Add(new NameField(field, _anchor, name, false));
        return name;
    }

    public override byte[] CharacterString(string field)
    {
        int length = Take(field, 1)[0];
        var value = Take(field, length);
        Strings.Add(new CharacterString(_anchor, value));
        return value;
    }

    public override void IPv4(string field) => Take(field, 4);

    public override void IPv6(string field) => Take(field, 16);

    public override void Fixed(string field, int length, TextDecoder decode) => Take(field, length);

    public override int Base64(string field, bool optional = false) => Rest(field, optional);

    public override int Hex(string field, bool optional = false) => Rest(field, optional);

    private int Rest(string field, bool optional)
    {
        int count = Remaining;
        if (count == 0 && !optional) throw new RdataException(_span, $"invalid \\# RDATA of {TypeName}: the data ends before {field}");
        _pos = _data.Length;
        return count;
    }

    public override void Salt(string field) => Take(field, UInt8(field + " length"));

    public override int NextHashedOwner(string field)
    {
        int length = UInt8(field + " length");
        if (length == 0) throw Invalid(field, "its length is 0");
        Take(field, length);
        return length;
    }

    public override void TypeBitmap(string field)
    {
        string? error = TypeBitmaps.Validate(_data, _pos, _data.Length);
        if (error != null) throw Invalid(field, error);
        _pos = _data.Length;
    }

    public override void End()
    {
        if (AtEnd) return;
        throw new RdataException(_span,
            $"trailing data after the RDATA of {TypeName}: the \\# data has {Remaining} octets more than its fields take");
    }

    public RdataResult Result() => new(_data, Names, Strings);
}
