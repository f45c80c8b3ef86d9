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
    private readonly SourceSpan[]? _charSpans;

    private SpfText(string value, SourceSpan[]? charSpans, IReadOnlyList<CharacterString>? strings)
    {
        Value = value;
        _charSpans = charSpans;
        Strings = strings ?? System.Array.Empty<CharacterString>();
    }

    /// <summary>The joined text, one char per octet.</summary>
    public string Value { get; }

    /// <summary>The character-strings it was joined from (empty for text that did not come from a zone file).</summary>
    public IReadOnlyList<CharacterString> Strings { get; }

    public bool HasSource => _charSpans != null;

    /// <summary>Text with no place in a zone file (from DNS, a lock file or a test).</summary>
    public static SpfText FromString(string value) => new(value, null, null);

    /// <summary>Joins the octets of DNS character-strings (from a resolver) with no source.</summary>
    public static SpfText FromOctets(IEnumerable<byte[]> strings)
    {
        var sb = new StringBuilder();
        foreach (var s in strings)
        {
            foreach (var b in s) sb.Append((char)b);
        }
        return new SpfText(sb.ToString(), null, null);
    }

    /// <summary>Joins the character-strings of a zone record, keeping where each octet is written.</summary>
    public static SpfText FromCharacterStrings(IReadOnlyList<CharacterString> strings)
    {
        var sb = new StringBuilder();
        var spans = new List<SourceSpan>();
        foreach (var s in strings)
        {
            var written = OctetSpans(s);
            for (int i = 0; i < s.Value.Length; i++)
            {
                sb.Append((char)s.Value[i]);
                spans.Add(i < written.Count ? written[i] : s.Token.Span);
            }
        }
        return new SpfText(sb.ToString(), spans.ToArray(), strings);
    }

    /// <summary>
    /// Where the octets from <paramref name="start"/> to <paramref name="end"/> (exclusive) are written; for text
    /// with no source, or an empty range at the end, the nearest place known.
    /// </summary>
    public SourceSpan? SpanOf(int start, int end)
    {
        if (_charSpans == null || _charSpans.Length == 0) return null;
        if (start >= _charSpans.Length) return EndOf(_charSpans[_charSpans.Length - 1]);
        var first = _charSpans[start];
        if (end <= start) return first with { End = first.Start, EndLine = first.StartLine, EndColumn = first.StartColumn };
        var last = _charSpans[System.Math.Min(end, _charSpans.Length) - 1];
        return first.Union(last);
    }

    private static SourceSpan EndOf(SourceSpan span) =>
        span with { Start = span.End, StartLine = span.EndLine, StartColumn = span.EndColumn };

    /// <summary>For each decoded octet of a character-string, the span of the text that wrote it (an escape is one unit).</summary>
    private static List<SourceSpan> OctetSpans(CharacterString s)
    {
        var token = s.Token;
        string text = token.Text;
        int origin = token.Span.Start + (token.IsQuoted ? 1 : 0);
        int column = token.Span.StartColumn + (token.IsQuoted ? 1 : 0);
        var result = new List<SourceSpan>(text.Length);
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
            var span = new SourceSpan(token.Span.File, origin + i, origin + i + length, token.Span.StartLine,
                column + i, token.Span.StartLine, column + i + length);
            for (int k = 0; k < octets; k++) result.Add(span);
            i += length;
        }
        return result;
    }
}
