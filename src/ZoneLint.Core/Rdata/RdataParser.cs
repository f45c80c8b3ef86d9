using System.Collections.Generic;
using System.Text;
using ZoneLint.Core.Model;
using ZoneLint.Core.Syntax;
using ZoneLint.Core.Text;

namespace ZoneLint.Core.Rdata;

/// <summary>
/// Parses the RDATA tokens of one record into wire form, per type (<see cref="RdataTypes"/>), or from RFC 3597's
/// generic form `\# length hex`, which any type may use and which is checked against the type when ZoneLint knows it.
/// </summary>
public static class RdataParser
{
    /// <param name="type">The record's type.</param>
    /// <param name="tokens">The tokens after the type, to the end of the entry.</param>
    /// <param name="origin">The origin that relative names are completed with.</param>
    /// <param name="endOfType">Where to point when the RDATA is missing or ends early (just after the type token).</param>
    /// <exception cref="RdataException">A field is missing, invalid, or text is left over.</exception>
    public static RdataResult Parse(ushort type, IReadOnlyList<Token> tokens, DomainName origin, SourceSpan endOfType) =>
        Parse(type, tokens, new TextRdataReader(type, tokens, origin, endOfType));

    /// <summary>
    /// As the public overload, with the end of the type as an offset in <paramref name="source"/>, and one
    /// <paramref name="reader"/> for every record of a zone.
    /// </summary>
    internal static RdataResult Parse(
        ushort type, IReadOnlyList<Token> tokens, DomainName origin, SourceText source, int endOfType, TextRdataReader reader) =>
        Parse(type, tokens, reader.Reset(type, tokens, origin, source, endOfType));

    private static RdataResult Parse(ushort type, IReadOnlyList<Token> tokens, TextRdataReader reader)
    {
        var spec = RdataTypes.Find(type);
        if (tokens.Count > 0 && !tokens[0].IsQuoted && tokens[0].Text == @"\#") return ParseGeneric(type, spec, tokens);
        if (spec == null)
        {
            var span = tokens.Count > 0 ? tokens[0].Span.Union(tokens[tokens.Count - 1].Span) : reader.EndOfType;
            throw new RdataException(span,
                $"type {RRType.ToName(type)} has no presentation format known to ZoneLint: write its RDATA as \\# length hex (RFC 3597)");
        }
        spec.Read(reader);
        reader.End();
        var result = reader.Result();
        // RFC 1035 §3.2.1: RDLENGTH is 16 bits.
        if (result.Wire.Length > ushort.MaxValue)
            throw new RdataException(tokens[0].Span.Union(tokens[tokens.Count - 1].Span),
                $"the RDATA of {RRType.ToName(type)} is {result.Wire.Length} octets, over the 65535 a record can hold");
        return result;
    }

    /// <summary>RFC 3597 §5: `\#`, the RDATA length in octets, then that many octets in hex, which may be split by white space.</summary>
    private static RdataResult ParseGeneric(ushort type, RdataSpec? spec, IReadOnlyList<Token> tokens)
    {
        string typeName = RRType.ToName(type);
        ulong length = 0;
        var marker = tokens[0];
        if (tokens.Count < 2) throw new RdataException(marker.Span, $"missing RDATA length after \\# in {typeName}");
        var lengthToken = tokens[1];
        string? lengthError = lengthToken.IsQuoted
            ? "a quoted string is not a length"
            : TextCodec.ParseNumber(lengthToken.Text, ushort.MaxValue, out length);
        if (lengthError != null)
            throw new RdataException(lengthToken.Span, $"invalid RDATA length in the \\# RDATA of {typeName}: {lengthError}");

        var hex = new StringBuilder();
        for (int i = 2; i < tokens.Count; i++)
        {
            if (tokens[i].IsQuoted) throw new RdataException(tokens[i].Span, $"invalid hex data in the \\# RDATA of {typeName}: {tokens[i]} is a quoted string");
            hex.Append(tokens[i].Text);
        }
        var all = marker.Span.Union(tokens[tokens.Count - 1].Span);
        var dataSpan = tokens.Count > 2 ? tokens[2].Span.Union(tokens[tokens.Count - 1].Span) : lengthToken.Span;
        var data = new List<byte>();
        if (TextCodec.DecodeHex(hex.ToString(), data) is { } hexError)
            throw new RdataException(dataSpan, $"invalid hex data in the \\# RDATA of {typeName}: {hexError}");
        if ((ulong)data.Count != length)
        {
            throw new RdataException(dataSpan,
                $"invalid \\# RDATA of {typeName}: the length says {length} octets but the hex data has {data.Count}");
        }
        if (length == 0 && spec != null && !spec.AllowsEmpty)
            throw new RdataException(all, $"invalid \\# RDATA of {typeName}: {typeName} RDATA cannot be empty");
        if (spec == null || length == 0) return new RdataResult(data.ToArray(), new List<NameField>(), new List<CharacterString>());

        var reader = new WireRdataReader(type, data.ToArray(), all, tokens[2]);
        spec.Read(reader);
        reader.End();
        return reader.Result();
    }
}
