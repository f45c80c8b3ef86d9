using System.Collections.Generic;
using System.Text;
using ZoneLint.Core.Rdata;
using ZoneLint.Core.Text;

namespace ZoneLint.Core.Spf;

/// <summary>
/// The text of a TXT record as SPF reads it: its character-strings joined with nothing between them (RFC 7208 §3.3),
/// one char per octet (Latin-1), with a map from each char back to where it is written in the zone file, so a
/// term split across strings and lines still points at its exact text.
/// </summary>
public sealed class SpfText
{
    // Where each octet is written, three parallel arrays (7 bytes an octet, where a SourceSpan each took 40): the
    // offset of the text that wrote it, that text's length (0: the whole character-string, when the decoded octets
    // outrun the text), and which character-string it is in, whose token gives the file, the line and the column.
    private readonly int[]? _starts;
    private readonly byte[]? _lengths;
    private readonly ushort[]? _stringIndexes;

    private SpfText(string value, int[]? starts, byte[]? lengths, ushort[]? stringIndexes, IReadOnlyList<CharacterString>? strings)
    {
        Value = value;
        _starts = starts;
        _lengths = lengths;
        _stringIndexes = stringIndexes;
        Strings = strings ?? System.Array.Empty<CharacterString>();
    }

    /// <summary>The joined text, one char per octet.</summary>
    public string Value { get; }

    /// <summary>The character-strings it was joined from (empty for text that did not come from a zone file).</summary>
    public IReadOnlyList<CharacterString> Strings { get; }

    public bool HasSource => _starts != null;

    /// <summary>Text with no place in a zone file (from DNS, a lock file or a test).</summary>
    public static SpfText FromString(string value) => new(value, null, null, null, null);

    /// <summary>Joins the octets of DNS character-strings (from a resolver) with no source.</summary>
    public static SpfText FromOctets(IEnumerable<byte[]> strings)
    {
        var sb = new StringBuilder();
        foreach (var s in strings)
        {
            foreach (var b in s) sb.Append((char)b);
        }
        return FromString(sb.ToString());
    }

    /// <summary>Joins the character-strings of a zone record, keeping where each octet is written.</summary>
    public static SpfText FromCharacterStrings(IReadOnlyList<CharacterString> strings) =>
        FromCharacterStrings(strings, SpfRecordSet.Join(strings));

    /// <summary>As <see cref="FromCharacterStrings(IReadOnlyList{CharacterString})"/>, with the joined text already built.</summary>
    internal static SpfText FromCharacterStrings(IReadOnlyList<CharacterString> strings, string value)
    {
        int total = value.Length;
        var starts = new int[total];
        var lengths = new byte[total];
        var indexes = new ushort[total];
        int octet = 0;
        for (int index = 0; index < strings.Count; index++)
        {
            var s = strings[index];
            int end = octet + s.Value.Length;
            for (int i = octet; i < end; i++) indexes[i] = (ushort)index;
            int written = WriteOctetSources(s, starts, lengths, octet, end);
            // Octets the text does not account for point at the whole string (lengths stay 0).
            for (int i = octet + written; i < end; i++) starts[i] = s.Token.Span.Start;
            octet = end;
        }
        return new SpfText(value, starts, lengths, indexes, strings);
    }

    /// <summary>
    /// Where the octets from <paramref name="start"/> to <paramref name="end"/> (exclusive) are written; for text
    /// with no source, or an empty range at the end, the nearest place known.
    /// </summary>
    public SourceSpan? SpanOf(int start, int end)
    {
        if (_starts == null || _starts.Length == 0) return null;
        if (start >= _starts.Length) return EndOf(OctetSpan(_starts.Length - 1));
        var first = OctetSpan(start);
        if (end <= start) return first with { End = first.Start, EndLine = first.StartLine, EndColumn = first.StartColumn };
        var last = OctetSpan(System.Math.Min(end, _starts.Length) - 1);
        return first.Union(last);
    }

    private SourceSpan OctetSpan(int octet)
    {
        var token = Strings[_stringIndexes![octet]].Token.Span;
        int length = _lengths![octet];
        if (length == 0) return token;
        int start = _starts![octet];
        int column = token.StartColumn + (start - token.Start);
        return new SourceSpan(token.File, start, start + length, token.StartLine, column, token.StartLine, column + length);
    }

    private static SourceSpan EndOf(SourceSpan span) =>
        span with { Start = span.End, StartLine = span.EndLine, StartColumn = span.EndColumn };

    /// <summary>
    /// For each decoded octet of a character-string, from <paramref name="octet"/> up to <paramref name="end"/>, the
    /// offset and length of the text that wrote it (an escape is one unit; a UTF-8 character's octets share it).
    /// Returns how many octets the text accounts for.
    /// </summary>
    private static int WriteOctetSources(CharacterString s, int[] starts, byte[] lengths, int octet, int end)
    {
        var token = s.Token;
        string text = token.Text;
        int origin = token.Span.Start + (token.IsQuoted ? 1 : 0);
        int first = octet;
        for (int i = 0; i < text.Length;)
        {
            int length = 1;
            int octets = 1;
            if (text[i] == '\\' && i + 1 < text.Length)
            {
                length = i + 3 < text.Length && char.IsDigit(text[i + 1]) && char.IsDigit(text[i + 2]) && char.IsDigit(text[i + 3]) ? 4 : 2;
                if (length == 2 && text[i + 1] >= 0x80) octets = Encoding.UTF8.GetByteCount(text.Substring(i + 1, 1));
            }
            else if (text[i] >= 0x80)
            {
                length = char.IsHighSurrogate(text[i]) && i + 1 < text.Length ? 2 : 1;
                octets = Encoding.UTF8.GetByteCount(text.Substring(i, length));
            }
            for (int k = 0; k < octets && octet < end; k++, octet++)
            {
                starts[octet] = origin + i;
                lengths[octet] = (byte)length;
            }
            i += length;
        }
        return octet - first;
    }
}
