using System;
using System.Collections.Generic;
using System.Text;
using ZoneLint.Core.Diagnostics;
using ZoneLint.Core.Model;
using ZoneLint.Core.Syntax;
using ZoneLint.Core.Text;

namespace ZoneLint.Core.Rdata;

/// <summary>Reads RDATA fields from presentation tokens and writes their wire form.</summary>
internal sealed class TextRdataReader : RdataReader
{
    private IReadOnlyList<Token> _tokens;
    private DomainName _origin;
    private readonly SourceSpan? _endOfType;
    private SourceText? _typeSource; // or the end of the type as an offset, its span built only for an error
    private int _typeEnd;
    private readonly NameTable? _nameTable;
    private int _index;
    private Token? _lastToken;
    private SourceSpan? _lastSpan;

    public TextRdataReader(ushort type, IReadOnlyList<Token> tokens, DomainName origin, SourceSpan endOfType)
        : base(type)
    {
        _tokens = tokens;
        _origin = origin;
        _endOfType = endOfType;
    }

    /// <summary>A reader for <see cref="Reset"/> to point at each record in turn.</summary>
    public TextRdataReader(NameTable? names = null)
        : base(0)
    {
        _nameTable = names;
        _tokens = Array.Empty<Token>();
        _origin = DomainName.Root;
    }

    /// <summary>Reads another record's RDATA: the garbage of a reader, its lists and its buffer per record is gone.</summary>
    public TextRdataReader Reset(ushort type, IReadOnlyList<Token> tokens, DomainName origin, SourceText source, int endOfType)
    {
        Reset(type);
        Wire.Clear();
        _tokens = tokens;
        _origin = origin;
        _typeSource = source;
        _typeEnd = endOfType;
        _index = 0;
        _lastToken = null;
        _lastSpan = null;
        return this;
    }

    /// <summary>Just after the type: where a missing field is reported when there is no RDATA at all.</summary>
    public SourceSpan EndOfType => _endOfType ?? _typeSource!.Span(_typeEnd, _typeEnd);

    public List<byte> Wire { get; } = new(32);

    public DomainName Origin => _origin;

    public override bool AtEnd => _index >= _tokens.Count;

    public Token? Peek() => AtEnd ? null : _tokens[_index];

    /// <summary>The next token, which must be there and must not be quoted unless <paramref name="quotedAllowed"/>.</summary>
    public Token Next(string field, bool quotedAllowed = false)
    {
        if (AtEnd) throw Missing(field);
        var token = _tokens[_index++];
        _lastToken = token;
        _lastSpan = null;
        if (token.IsQuoted && !quotedAllowed) throw Invalid(token, field, $"{token} is a quoted string; write it without quotes");
        return token;
    }

    public RdataException Missing(string field)
    {
        var span = _tokens.Count == 0 ? EndOfType : AtEndOf(_tokens[_tokens.Count - 1].Span);
        return new RdataException(span, $"missing {field} in {TypeName}");
    }

    public RdataException Invalid(Token token, string field, string reason, RuleDescriptor? rule = null) =>
        new(token.Span, $"invalid {field} in {TypeName}: {reason}", rule);

    public override RdataException Invalid(string field, string reason) =>
        new(_lastSpan ?? _lastToken?.Span ?? EndOfType, $"invalid {field} in {TypeName}: {reason}");

    public override int UInt8(string field, IReadOnlyDictionary<string, int>? mnemonics = null)
    {
        int value = Number(field, byte.MaxValue, mnemonics);
        Wire.Add((byte)value);
        return value;
    }

    public override int UInt16(string field, IReadOnlyDictionary<string, int>? mnemonics = null)
    {
        int value = Number(field, ushort.MaxValue, mnemonics);
        WriteUInt16(value);
        return value;
    }

    /// <summary>As BIND reads key flags: a decimal number, `0x` and hexadecimal digits, or flag names joined with `|`.</summary>
    public override int KeyFlags(string field)
    {
        if (Peek() is not { } next || next.IsQuoted) return UInt16(field);
        string text = next.Text;
        bool hex = text.Length > 2 && text[0] == '0' && (text[1] | 0x20) == 'x';
        if (TextCodec.IsDigit(text[0]) && !hex) return UInt16(field);
        var token = Next(field);
        int value = 0;
        if (hex)
        {
            for (int i = 2; i < text.Length && value <= ushort.MaxValue; i++)
            {
                int digit = TextCodec.HexValue(text[i]);
                if (digit < 0) throw Invalid(token, field, $"'{text}' is not a hexadecimal number");
                value = value * 16 + digit;
            }
            if (value > ushort.MaxValue) throw Invalid(token, field, $"'{text}' is over 0xFFFF");
            WriteUInt16(value);
            return value;
        }
        foreach (string name in text.Split('|'))
        {
            if (!Mnemonics.KeyFlags.TryGetValue(name, out int flag))
            {
                throw Invalid(token, field, name.Length == 0
                    ? $"'{text}' has an empty name between its '|'"
                    : $"'{name}' is not a number or a key flag name (NOCONF, NOAUTH, NOKEY, FLAG2, EXTEND, FLAG4, FLAG5, USER, ZONE, HOST, NTYP3, FLAG8 to FLAG11, SIG0 to SIG15, KSK)");
            }
            value |= flag;
        }
        WriteUInt16(value);
        return value;
    }

    public override uint UInt32(string field)
    {
        var token = Next(field);
        string? error = TextCodec.ParseNumber(token.Text, uint.MaxValue, out ulong value);
        if (error != null) throw Invalid(token, field, error);
        WriteUInt32((uint)value);
        return (uint)value;
    }

    public override uint Period(string field)
    {
        var token = Next(field);
        string? error = TextCodec.ParsePeriod(token.Text, out uint value);
        if (error != null) throw Invalid(token, field, error);
        WriteUInt32(value);
        return value;
    }

    public override uint Time(string field)
    {
        var token = Next(field);
        string? error = RrsigTime.Parse(token.Text, out uint value);
        if (error != null) throw Invalid(token, field, error);
        WriteUInt32(value);
        return value;
    }

    public override ushort TypeCode(string field)
    {
        var token = Next(field);
        if (!RRType.TryParse(token.Text, out ushort type))
            throw Invalid(token, field, $"'{token.Text}' is not a type mnemonic or TYPEnnn (0-65535)");
        WriteUInt16(type);
        return type;
    }

    public override DomainName Name(string field)
    {
        var token = Next(field, quotedAllowed: true);
        if (token.IsQuoted) throw Invalid(token, field, "a domain name cannot be a quoted string");
        string? error = _nameTable != null
            ? _nameTable.TryParse(token.Text, _origin, out var name, out bool relative)
            : DomainName.TryParse(token.Text, _origin, out name, out relative);
        if (error != null) throw Invalid(token, field, $"'{token.Text}': {error}");
        name!.WriteWire(Wire);
        Names.Add(new NameField(field, token, name, relative));
        return name;
    }

    public override byte[] CharacterString(string field)
    {
        var token = Next(field, quotedAllowed: true);
        var value = Decode(token, field);
        if (value.Length > 255)
        {
            throw Invalid(token, field,
                $"the character-string is {value.Length} octets, but one holds at most 255 (RFC 1035 §3.3); split it into several quoted strings",
                RuleCatalog.CharacterStringTooLong);
        }
        Wire.Add((byte)value.Length);
        Wire.AddRange(value);
        Strings.Add(new CharacterString(token, value));
        return value;
    }

    /// <summary>The octets a token stands for, escapes decoded.</summary>
    public byte[] Decode(Token token, string field)
    {
        string raw = token.RawText(out int start, out int length);
        if (IsPlainAscii(raw, start, length))
        {
            // No escape and one octet a char: the octets are the chars (most TXT data), read from the file in place.
            var octets = new byte[length];
            for (int i = 0; i < octets.Length; i++) octets[i] = (byte)raw[start + i];
            return octets;
        }
        var buffer = new List<byte>(token.Text.Length);
        string? error = TextCodec.DecodeEscapes(token.Text, buffer);
        if (error != null) throw Invalid(token, field, error);
        return buffer.ToArray();
    }

    private static bool IsPlainAscii(string text, int start, int length)
    {
        for (int i = start; i < start + length; i++)
        {
            char c = text[i];
            if (c >= 0x80 || c == '\\') return false;
        }
        return true;
    }

    public override void IPv4(string field) => Fixed(field, 4, TextCodec.ParseIPv4);

    public override void IPv6(string field) => Fixed(field, 16, TextCodec.ParseIPv6);

    public override void Fixed(string field, int length, TextDecoder decode)
    {
        var token = Next(field);
        // Decoded straight into the wire form (the decoders only append; an error abandons the record).
        int before = Wire.Count;
        string? error = decode(token.Text, Wire);
        if (error != null) throw Invalid(token, field, error);
        int count = Wire.Count - before;
        if (count != length) throw Invalid(token, field, $"'{token.Text}' is {count} octets; it must be {length}");
    }

    public override int Base64(string field, bool optional = false) => Rest(field, optional, TextCodec.DecodeBase64);

    public override int Hex(string field, bool optional = false) => Rest(field, optional, TextCodec.DecodeHex);

    /// <summary>All remaining tokens read as one stream, as BIND's isc_base64_tobuffer and isc_hex_tobuffer do.</summary>
    private int Rest(string field, bool optional, TextDecoder decode)
    {
        if (AtEnd)
        {
            if (optional) return 0;
            throw Missing(field);
        }
        var first = _tokens[_index];
        var text = new StringBuilder();
        while (!AtEnd) text.Append(Next(field).Text);
        var span = first.Span.Union(_tokens[_tokens.Count - 1].Span);
        _lastSpan = span;
        var buffer = new List<byte>();
        string? error = decode(text.ToString(), buffer);
        if (error != null) throw new RdataException(span, $"invalid {field} in {TypeName}: {error}");
        if (buffer.Count == 0 && !optional) throw new RdataException(span, $"invalid {field} in {TypeName}: it is empty");
        Wire.AddRange(buffer);
        return buffer.Count;
    }

    public override void Salt(string field)
    {
        var token = Next(field);
        if (token.Text == "-")
        {
            Wire.Add(0);
            return;
        }
        var buffer = new List<byte>();
        string? error = TextCodec.DecodeHex(token.Text, buffer);
        if (error != null) throw Invalid(token, field, error + " (write '-' for no salt)");
        if (buffer.Count > 255) throw Invalid(token, field, $"it is {buffer.Count} octets; at most 255 fit");
        Wire.Add((byte)buffer.Count);
        Wire.AddRange(buffer);
    }

    public override int NextHashedOwner(string field)
    {
        var token = Next(field);
        var buffer = new List<byte>();
        string? error = TextCodec.DecodeBase32Hex(token.Text, buffer);
        if (error != null) throw Invalid(token, field, error);
        if (buffer.Count == 0 || buffer.Count > 255) throw Invalid(token, field, $"it is {buffer.Count} octets; it must be 1 to 255");
        Wire.Add((byte)buffer.Count);
        Wire.AddRange(buffer);
        return buffer.Count;
    }

    public override void TypeBitmap(string field)
    {
        var types = new SortedSet<ushort>();
        while (!AtEnd)
        {
            var token = Next(field);
            if (!RRType.TryParse(token.Text, out ushort type))
                throw Invalid(token, field, $"'{token.Text}' is not a type mnemonic or TYPEnnn (0-65535)");
            types.Add(type);
        }
        TypeBitmaps.Write(types, Wire);
    }

    public override void End()
    {
        if (AtEnd) return;
        var first = _tokens[_index];
        var span = first.Span.Union(_tokens[_tokens.Count - 1].Span);
        throw new RdataException(span, $"trailing text after the RDATA of {TypeName}: '{first}'");
    }

    private int Number(string field, int max, IReadOnlyDictionary<string, int>? mnemonics)
    {
        var token = Next(field);
        if (mnemonics != null && mnemonics.TryGetValue(token.Text, out int named)) return named;
        string? error = TextCodec.ParseNumber(token.Text, (ulong)max, out ulong value);
        if (error == null) return (int)value;
        if (mnemonics != null && mnemonics.Count > 0 && !TextCodec.IsDigit(token.Text[0]))
            error = $"'{token.Text}' is not a number or a known mnemonic";
        throw Invalid(token, field, error);
    }

    public void WriteUInt16(int value)
    {
        Wire.Add((byte)(value >> 8));
        Wire.Add((byte)value);
    }

    public void WriteUInt32(uint value)
    {
        Wire.Add((byte)(value >> 24));
        Wire.Add((byte)(value >> 16));
        Wire.Add((byte)(value >> 8));
        Wire.Add((byte)value);
    }

    private static SourceSpan AtEndOf(SourceSpan span) =>
        new(span.File, span.End, span.End, span.EndLine, span.EndColumn, span.EndLine, span.EndColumn);

    // Arrays, not the lists: every record keeps its result, and a list is one more object with spare capacity.
    public RdataResult Result() => new(Wire.ToArray(), Names.Count == 0 ? Array.Empty<NameField>() : Names.ToArray(),
        Strings.Count == 0 ? Array.Empty<CharacterString>() : Strings.ToArray());
}
